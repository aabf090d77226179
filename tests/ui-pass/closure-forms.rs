//@ compile-flags: --edition 2021
// Closure syntax: no params, typed params, pattern params, block bodies, return types, stored in locals.

fn main() {
    let zero = || 0;
    let one = |x| x + 1;
    let two = |a: i32, b: i32| a * b;
    let typed_ret = |x: f64| -> f64 { x / 2.0 };
    let block = |s: &str| {
        let t = s.trim();
        t.len()
    };
    let tuple_param = |(a, b): (i32, i32)| a - b;
    let ref_param = |&x: &i32| x * 3;
    let ignore = |_, y: u8| y;
    let trailing = |a, b,| a + b;
    let unit_body = |x: i32| {
        println!("side effect {}", x);
    };
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    let s = String::from("captured");
    let borrow = || s.len();
    let len = borrow();
    let consume = || s;
    let moved = consume();
    let nested_ret = |x: i32| -> Option<i32> { if x > 0 { Some(x) } else { None } };
    let called_immediately = (|x: i32| x * x)(7);
    let struct_pat = |Point { x, y }: Point| x + y;
    unit_body(1);
    println!("{} {} {} {} {} {} {} {}", zero(), one(1), two(2, 3), typed_ret(3.0), block(" ab "), tuple_param((5, 2)), ref_param(&2), ignore("x", 9));
    println!("{} {} {} {} {:?} {} {}", trailing(1, 2), count, len, moved, nested_ret(-1), called_immediately, struct_pat(Point { x: 1, y: 2 }));
}

struct Point {
    x: i32,
    y: i32,
}
