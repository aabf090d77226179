//@ compile-flags: --edition 2021
// Closures stored in generic struct fields (`F: Fn`), called via `(self.f)(x)`, and a
// struct of closures built by a function returning it.

struct Validator<F: Fn(i32) -> bool> {
    name: &'static str,
    check: F,
}

impl<F: Fn(i32) -> bool> Validator<F> {
    fn run(&self, x: i32) -> String {
        if (self.check)(x) {
            format!("{}: ok", self.name)
        } else {
            format!("{}: fail", self.name)
        }
    }
}

fn in_range(lo: i32, hi: i32) -> Validator<impl Fn(i32) -> bool> {
    Validator { name: "range", check: move |x| x >= lo && x <= hi }
}

fn main() {
    let even = Validator { name: "even", check: |x| x % 2 == 0 };
    let r = in_range(1, 10);
    assert_eq!(even.run(4).as_str(), "even: ok");
    assert_eq!(r.run(11).as_str(), "range: fail");
    println!("{} {}", even.run(3), r.run(5));
}
