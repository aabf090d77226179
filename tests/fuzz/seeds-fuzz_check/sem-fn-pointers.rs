//@ compile-flags: --edition 2021
// fn pointer types: fn items coerced to `fn(..) -> ..`, stored in Vec and struct fields,
// returned from functions, non-capturing closures coerced, fn items passed to `impl Fn`.

fn inc(x: i32) -> i32 {
    x + 1
}

fn dbl(x: i32) -> i32 {
    x * 2
}

struct Step {
    name: &'static str,
    f: fn(i32) -> i32,
}

fn pick(double: bool) -> fn(i32) -> i32 {
    if double { dbl } else { inc }
}

fn apply_all(fs: &Vec<fn(i32) -> i32>, x: i32) -> i32 {
    let mut v = x;
    for f in fs {
        v = f(v);
    }
    v
}

fn call(f: impl Fn(i32) -> i32) -> i32 {
    f(10)
}

fn main() {
    let fs: Vec<fn(i32) -> i32> = vec![inc, dbl, |x| x - 3];
    assert_eq!(apply_all(&fs, 4), 7);
    let s = Step { name: "double", f: dbl };
    assert_eq!((s.f)(21), 42);
    assert_eq!(pick(false)(1), 2);
    assert_eq!(call(inc) + call(pick(true)), 31);
    println!("{} {} {}", s.name, apply_all(&fs, 0), call(dbl));
}
