//@ compile-flags: --edition 2021
// Nested closures capturing from several enclosing scopes, curried closures, a closure
// that builds and calls closures.

fn main() {
    let base = 100;
    let outer = |a: i32| {
        let middle = move |b: i32| {
            let inner = |c: i32| base + a * 10 + b + c;
            inner(1)
        };
        middle(2)
    };
    assert_eq!(outer(3), 133);
    let curried = |x: i32| move |y: i32| move |z: i32| x * 100 + y * 10 + z;
    assert_eq!(curried(1)(2)(3), 123);
    let mut log: Vec<String> = Vec::new();
    let mut record = |s: &str| {
        let mut push = |t: String| log.push(t);
        push(s.to_string());
        push(format!("{}!", s));
    };
    record("a");
    record("b");
    let twice = |f: &ops::Op, x: i32| f.apply(f.apply(x));
    println!("{} {} {:?} {}", outer(0), curried(4)(5)(6), log, twice(&ops::Op { k: 2 }, 1));
}

mod ops {
    pub struct Op {
        pub k: i32,
    }
    impl Op {
        pub fn apply(&self, x: i32) -> i32 {
            x * self.k
        }
    }
}
