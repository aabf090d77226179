//@ compile-flags: --edition 2021
// Diverging expressions (`return`, `panic!`, `continue`, `break`, `unreachable!`, `loop {}`)
// coerce to whatever type their context expects.

fn parse_flag(s: &str) -> bool {
    let v: bool = match s {
        "yes" => true,
        "no" => false,
        _ => return false,
    };
    v
}

fn pick(v: &Vec<Option<u32>>) -> u32 {
    let mut total = 0;
    for o in v {
        let n: u32 = match o {
            Some(n) => *n,
            None => continue,
        };
        total += n;
    }
    total
}

fn forever() -> u8 {
    loop {}
}

fn checked(n: i32) -> i32 {
    let sign = if n > 0 { 1 } else if n < 0 { -1 } else { unreachable!("zero is filtered") };
    sign * 10
}

fn main() {
    assert!(parse_flag("yes") && !parse_flag("maybe"));
    assert_eq!(pick(&vec![Some(1), None, Some(4)]), 5);
    let first_big = loop {
        let x: i32 = if true { 50 } else { panic!("never") };
        break x;
    };
    if first_big < 0 {
        forever();
    }
    println!("{} {} {}", first_big, checked(3), checked(-3));
}
