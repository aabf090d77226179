//@ compile-flags: --edition 2018
// Edition 2018: `crate::` paths, `async` keyword, async closures allowed,
// uniform paths in `use`.
use crate::util::Counter;

mod util {
    pub struct Counter {
        pub n: u32,
    }

    impl Counter {
        pub fn inc(&mut self) -> u32 {
            self.n += 1;
            self.n
        }
    }
}

async fn fetch() -> u32 {
    7
}

async fn later() -> u32 {
    async { fetch().await + 1 }.await
}

fn main() {
    let mut c = Counter { n: 0 };
    c.inc();
    let f = later();
    let g = async move || c.inc();
    drop(f);
    drop(g);
    let arr = vec![1, 2, 3];
    let mut sum = 0;
    for x in arr.iter() {
        sum += *x;
    }
    println!("{}", sum);
}
