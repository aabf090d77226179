//@ compile-flags: --edition 2021
// Modules with `use`: self, super, crate, groups, `as` renames, items used before their
// declaration, and a nested module reaching its parent's private item.
use crate::geometry::{area, shapes::{Rect, Square as Sq}};
use self::util::double as twice;

mod util {
    pub fn double(x: u32) -> u32 {
        x * 2
    }
}

mod geometry {
    use super::util;

    fn scale() -> u32 {
        util::double(1)
    }

    pub fn area(r: &shapes::Rect) -> u32 {
        r.w * r.h * scale() / 2
    }

    pub mod shapes {
        pub struct Rect {
            pub w: u32,
            pub h: u32,
        }
        pub struct Square(pub u32);

        impl Square {
            pub fn to_rect(&self) -> Rect {
                Rect { w: self.0, h: self.0 * super::scale() / 2 }
            }
        }
    }
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    let s = Sq(4);
    assert_eq!(area(&r), 6);
    assert_eq!(area(&s.to_rect()), 16);
    println!("{} {} {}", area(&r), twice(21), crate::util::double(5));
}
