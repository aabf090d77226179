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

fn any(v: &Vec<i32>, f: impl Fn(i32) -> bool) -> bool {
    for x in v {
        if f(*x) {
            return true;
        }
    }
    false
}

fn select(v: &Vec<i32>, f: impl Fn(i32) -> bool) -> Vec<i32> {
    let mut out = Vec::new();
    for x in v {
        if f(*x) {
            out.push(*x);
        }
    }
    out
}

fn position(v: &Vec<i32>, f: impl Fn(i32) -> bool) -> Option<usize> {
    for i in 0..v.len() {
        if f(v[i]) {
            return Some(i);
        }
    }
    None
}

fn main() {
    let v = vec![1, 2, 3, 4];
    if any(&v, |x| x > 3) {
        println!("has big");
    }
    let mut w = v.clone();
    while any(&w, |x| x < 3) {
        w.pop();
    }
    for x in select(&v, |x| x % 2 == 0) {
        println!("{}", x);
    }
    match position(&v, |x| x == 3) {
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
    let block_arg = select(&v, |x| {
        let y = x * 10;
        y > 15
    });
    let ret_typed = || -> i32 { 1 };
    let pat = |&(a, b): &(i32, i32)| a + b;
    let refmut = |v: &mut Vec<i32>| v.push(1);
    let mut u = vec![];
    refmut(&mut u);
    println!("{} {} {:?} {} {} {} {} {:?} {} {} {:?} {:?}", or, closure_or(), empty(), returns_closure(2)(3), f(4), g(5), (in_struct.f)(6), block_arg, ret_typed(), pat(&(1, 2)), u, w);
}

struct Holder<F: Fn(i32) -> i32> {
    f: F,
}
