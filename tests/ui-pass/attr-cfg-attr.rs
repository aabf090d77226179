//@ compile-flags: --edition 2021 --cfg testing
// cfg_attr: conditional derives and lints, several attributes, nesting.

#[cfg_attr(testing, derive(Debug))]
struct Point {
    x: i32,
    y: i32,
}

#[cfg_attr(not(testing), derive(Debug))]
#[derive(Clone)]
struct Hidden;

#[cfg_attr(all(testing, unix), allow(dead_code), derive(Clone, Copy))]
struct Many(u8);

#[cfg_attr(testing, cfg_attr(unix, derive(PartialEq)))]
#[derive(Debug)]
struct Nested(i32);

#[cfg_attr(testing, cfg(testing))]
fn kept() -> u8 {
    1
}

#[cfg_attr(any(), cfg(any()))]
fn also_kept() -> u8 {
    2
}

fn main() {
    #[cfg_attr(testing, allow(unused_variables))]
    let unused = 5;
    let p = Point { x: 1, y: 2 };
    let m = Many(3);
    let copy = m;
    let _h = Hidden.clone();
    println!("{:?} {} {} {} {}", p, m.0 + copy.0, kept(), also_kept(), p.x + p.y);
    println!("{:?}", Nested(1));
}
