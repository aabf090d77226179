//@ compile-flags: --edition 2021
// Function pointer types: as params, fields, in arrays, returned, coerced from closures.

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn sub(a: i32, b: i32) -> i32 {
    a - b
}

fn noop() {}

struct Op {
    name: &'static str,
    f: fn(i32, i32) -> i32,
}

fn pick(plus: bool) -> fn(i32, i32) -> i32 {
    if plus { add } else { sub }
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn higher(f: fn(fn(i32) -> i32, i32) -> i32) -> i32 {
    f(|x| x * 3, 2)
}

fn main() {
    let ops = vec![Op { name: "add", f: add }, Op { name: "sub", f: sub }];
    for op in &ops {
        println!("{} {}", op.name, (op.f)(5, 3));
    }
    let table: [fn(i32, i32) -> i32; 2] = [add, sub];
    let chosen = pick(false);
    let from_closure: fn(i32) -> i32 = |x| x + 100;
    let unit_fn: fn() = noop;
    unit_fn();
    let named_params: fn(a: u8, b: u8) -> u8 = |a, b| a.max(b);
    let opt: Option<fn() -> u8> = Some(|| 1);
    println!("{} {} {} {} {} {:?}", table[0](1, 2), chosen(1, 2), apply(from_closure, 1), higher(apply), named_params(3, 9), opt.map(|f| f()));
}
