// Inline modules, pub items, use paths with self/super/crate, groups and renames.
mod geometry {
    pub mod shapes {
        pub struct Square(pub u32);

        impl Square {
            pub fn area(&self) -> u32 {
                super::helpers::square(self.0)
            }
        }
    }

    mod helpers {
        pub fn square(x: u32) -> u32 {
            x * x
        }
    }

    pub fn describe(s: &shapes::Square) -> String {
        format!("square {} has area {}", s.0, s.area())
    }

    pub const UNIT: u32 = 1;
}

mod util {
    pub fn double(x: u32) -> u32 {
        x * 2
    }
    pub fn triple(x: u32) -> u32 {
        crate::util::double(x) + x
    }
}

use geometry::shapes::Square;
use geometry::{describe, UNIT};
use util::double as twice;
use self::util::triple;

fn main() {
    let s = Square(4);
    println!("{}", describe(&s));
    println!("{}", s.area());
    println!("{}", twice(21));
    println!("{}", triple(5));
    println!("{}", UNIT + geometry::UNIT);
    println!("{}", crate::geometry::shapes::Square(3).area());
}
