//@ compile-flags: --edition 2021
// Trait methods are callable once the trait is in scope: imported with `use`, imported
// under another name, or named through its path; implemented for a primitive type.

mod traits {
    pub trait Double {
        fn double(&self) -> Self;
    }

    impl Double for i32 {
        fn double(&self) -> i32 {
            *self * 2
        }
    }

    pub trait Halve {
        fn halve(&self) -> Self;
    }

    impl Halve for i32 {
        fn halve(&self) -> i32 {
            *self / 2
        }
    }
}

use traits::Double;
use traits::Halve as _Halve;

fn main() {
    let x: i32 = 21;
    assert_eq!(x.double(), 42);
    assert_eq!(x.halve(), 10);
    assert_eq!(traits::Double::double(&5i32), 10);
    println!("{} {}", 7i32.double(), 9i32.halve());
}
