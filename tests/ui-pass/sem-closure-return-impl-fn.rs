//@ compile-flags: --edition 2021
// Closures returned as `impl Fn`, `impl FnMut`, `impl FnOnce`, and composed generically.

fn multiplier(k: i64) -> impl Fn(i64) -> i64 {
    move |x| x * k
}

fn then<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn accumulator() -> impl FnMut(i32) -> i32 {
    let mut sum = 0;
    move |x| {
        sum += x;
        sum
    }
}

fn greeter(name: String) -> impl FnOnce() -> String {
    move || format!("hello {}", name)
}

fn main() {
    let triple = multiplier(3);
    let plus_then_triple = then(|x: i64| x + 1, multiplier(3));
    let to_text = then(triple, |n: i64| n.to_string());
    let mut acc = accumulator();
    acc(5);
    let running = acc(7);
    let hello = greeter(String::from("bo"));
    assert_eq!(plus_then_triple(1), 6);
    assert_eq!(to_text(4).as_str(), "12");
    assert_eq!(running, 12);
    println!("{} {} {} {}", plus_then_triple(2), to_text(5), running, hello());
}
