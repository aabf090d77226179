//@ compile-flags: --edition 2021
// Visibility modifiers: pub, pub(crate), pub(super), pub(self), pub(in path) on items and fields.

pub mod outer {
    pub mod inner {
        pub struct Public {
            pub a: i32,
            pub(crate) b: i32,
            pub(super) c: i32,
            pub(in crate::outer) d: i32,
            e: i32,
        }

        impl Public {
            pub fn new() -> Self {
                Public { a: 1, b: 2, c: 3, d: 4, e: 5 }
            }

            pub(crate) fn e(&self) -> i32 {
                self.e
            }
        }

        pub(crate) fn crate_visible() -> u8 {
            1
        }

        pub(self) fn private_explicit() -> u8 {
            2
        }

        pub(super) fn for_parent() -> u8 {
            private_explicit()
        }

        pub(in crate::outer) const LIMIT: u8 = 9;

        pub struct TupleVis(pub u8, pub(crate) u8, u8);

        pub fn tuple() -> TupleVis {
            TupleVis(1, 2, 3)
        }
    }

    pub fn peek() -> i32 {
        let p = inner::Public::new();
        p.c + p.d + inner::for_parent() as i32 + inner::LIMIT as i32
    }

    pub use self::inner::Public as Reexported;
}

pub(crate) enum Shared {
    One,
}

fn main() {
    let p = outer::Reexported::new();
    let t = outer::inner::tuple();
    let _ = Shared::One;
    println!("{} {} {} {} {} {} {}", p.a, p.b, p.e(), outer::peek(), outer::inner::crate_visible(), t.0, t.1);
}
