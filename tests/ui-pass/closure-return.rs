//@ compile-flags: --edition 2021
// Closures returned as impl Fn / FnMut / FnOnce, and composed.

fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn counter(start: u32) -> impl FnMut() -> u32 {
    let mut c = start;
    move || {
        c += 1;
        c
    }
}

fn once(s: String) -> impl FnOnce() -> String {
    move || {
        let mut s = s;
        s.push_str(" once");
        s
    }
}

fn maker() -> impl Fn(&str) -> String {
    |s| s.to_string()
}

fn curry(a: i32) -> impl Fn(i32) -> Box<i32> {
    move |b| Box::new(a + b)
}

fn main() {
    let add3 = adder(3);
    let double_then_add = compose(|x: i32| x * 2, adder(1));
    let to_len = compose(|s: &str| s.to_string(), |s: String| s.len());
    let mut c = counter(10);
    c();
    let f = once(String::from("called"));
    println!("{} {} {} {} {} {} {}", add3(1), double_then_add(5), to_len("four"), c(), f(), maker()("up"), *curry(1)(2));
}
