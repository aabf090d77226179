// Edition 2015 (no compile-flags): `use` paths are relative to the crate root, and `async`
// and `dyn` are ordinary identifiers whose types are checked like any other name.
use shapes::Square;

mod shapes {
    pub struct Square {
        pub side: u32,
    }

    pub mod calc {
        use shapes::Square;

        pub fn area(s: &Square) -> u32 {
            s.side * s.side
        }
    }
}

fn async(n: u32) -> u32 {
    n + 1
}

fn main() {
    let dyn = Square { side: 3 };
    let area = shapes::calc::area(&dyn);
    assert_eq!(async(area), 10);
    println!("{} {}", area, async(1));
}
