//@ compile-flags: --edition 2021
// Inline modules: nesting, pub visibility, paths, super and self.

mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Square {
            pub side: f64,
        }

        impl Square {
            pub fn area(&self) -> f64 {
                super::helpers::sq(self.side)
            }
        }

        pub(crate) fn unit() -> Square {
            Square { side: 1.0 }
        }
    }

    mod helpers {
        pub fn sq(x: f64) -> f64 {
            x * x
        }
    }

    pub fn total(items: &[shapes::Square]) -> f64 {
        let mut t = 0.0;
        for i in 0..items.len() {
            t += items[i].area();
        }
        t + self::helpers::sq(0.0)
    }

    pub(super) const NAME: &str = "geometry";
}

pub mod empty {}

mod outer {
    pub mod middle {
        pub mod inner {
            pub fn deep() -> u32 {
                crate::outer::VALUE + super::super::VALUE
            }
        }
    }
    pub const VALUE: u32 = 21;
}

fn main() {
    let a = geometry::shapes::Square { side: 2.0 };
    let b = geometry::shapes::unit();
    println!("{} {}", geometry::total(&[a, b]), geometry::NAME);
    println!("{}", outer::middle::inner::deep());
    println!("{}", crate::outer::VALUE);
}
