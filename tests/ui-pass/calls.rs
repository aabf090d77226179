//@ compile-flags: --edition 2021
// Function calls: paths, associated functions, turbofish, calling fields and returned closures.

mod math {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }
}

struct Ops {
    f: fn(i32) -> i32,
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn first_or<T: Clone>(items: &[T], fallback: T) -> T {
    if items.len() == 0 { fallback } else { items[0].clone() }
}

fn main() {
    let a = math::add(1, 2);
    let b = crate::math::add(a, inc(a));
    let s = String::from("x");
    let v: Vec<u8> = Vec::with_capacity(4);
    let n = i32::max(3, 9);
    let o = Ops { f: inc };
    let via_field = (o.f)(10);
    let via_closure = make_adder(5)(1);
    let picked = first_or::<u8>(&[7, 8], 0);
    let d = <i64 as Default>::default();
    let nested = inc(inc(inc(0)));
    let trailing = math::add(
        1,
        2,
    );
    let c = Some::<char>('A');
    let e = Option::<i32>::None;
    let unit = drop(s);
    println!("{} {} {} {} {} {} {:?} {} {} {} {:?} {:?} {:?}", a, b, v.len(), n, via_field, via_closure, picked, d, nested, trailing, c, e, unit);
}
