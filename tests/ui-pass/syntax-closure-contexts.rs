//@ compile-flags: --edition 2021
// Closures in tricky places: if/while conditions, for iterators, match scrutinees,
// `||` vs closures, closures returning closures, closures after return/break.

fn pick(flag: bool) -> impl Fn(i32) -> i32 {
    let delta = if flag { 1 } else { -1 };
    if flag {
        return move |x| x + delta;
    }
    unreachable!()
}

fn main() {
    let v = vec![1, 2, 3, 4];
    if v.iter().any(|x| *x > 3) {
        println!("has big");
    }
    let mut it = v.iter();
    while it.next().map_or(false, |x| *x < 3) {}
    for x in v.iter().filter(|x| **x % 2 == 0) {
        println!("{}", x);
    }
    match v.iter().position(|&x| x == 3) {
        Some(i) => println!("at {}", i),
        None => {}
    }
    let a = true;
    let b = false;
    let or = a || b;
    let closure_or = || a || b;
    let empty = || ();
    let returns_closure = |x: i32| move |y: i32| x * y;
    let f = loop {
        break |x: i32| x;
    };
    let g = pick(true);
    let in_struct = Holder { f: |x| x * 2 };
    let block_arg = v.iter().map(|x| {
        let y = x * 10;
        y + 1
    }).collect::<Vec<_>>();
    let ret_typed = || -> i32 { 1 };
    let pat = |&(a, b): &(i32, i32)| a + b;
    let refmut = |v: &mut Vec<i32>| v.push(1);
    let mut w = vec![];
    refmut(&mut w);
    println!("{} {} {:?} {} {} {} {} {:?} {} {} {:?}", or, closure_or(), empty(), returns_closure(2)(3), f(4), g(5), (in_struct.f)(6), block_arg, ret_typed(), pat(&(1, 2)), w);
}

struct Holder<F: Fn(i32) -> i32> {
    f: F,
}
