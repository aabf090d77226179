//@ compile-flags: --edition 2021
// Blocks and if/else/match as expressions: branch types unify, unit-typed blocks, a block's
// tail gives its value, and `if` without `else` has type ().

fn grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else {
        'C'
    }
}

fn main() {
    let base = {
        let a = 6;
        let b = 7;
        a * b
    };
    let label = match base % 3 {
        0 => "three",
        1 => "one",
        _ => "two",
    };
    let unit: () = {
        let _ = base;
    };
    let nothing = if base > 100 {
        println!("big");
    };
    let total: u64 = {
        let mut t = 0;
        for i in 0..4u64 {
            t += i;
        }
        t
    } * 2;
    assert_eq!(nothing, ());
    println!("{} {} {:?} {} {} {}", base, label, unit, total, grade(85), grade(20));
}
