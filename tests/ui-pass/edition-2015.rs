// No compile-flags: edition 2015 (rustc's default).  `async`, `await`, `dyn` and `try`
// are plain identifiers here, and `use` paths are relative to the crate root.
use helpers::double;

mod helpers {
    pub fn double(x: i32) -> i32 {
        x * 2
    }

    pub mod deeper {
        use helpers::double;

        pub fn quad(x: i32) -> i32 {
            double(double(x))
        }
    }
}

fn async(n: i32) -> i32 {
    n + 1
}

struct await {
    dyn: u8,
}

fn main() {
    let try = 3;
    let a = await { dyn: 4 };
    let r = async(try) + a.dyn as i32;
    println!("{} {} {}", r, double(2), helpers::deeper::quad(1));
}
