//@ compile-flags: --edition 2021
//@ rustc-agrees
fn no_condition() {
    if {
        println!("what is tested?");
    }
}

fn missing_arrow(x: i32) -> i32 {
    match x {
        1 2 => 3,
        _ => 0,
    }
}

fn missing_comma(x: i32) -> i32 {
    match x {
        1 => 10
        _ => 0,
    }
}

fn main() {}
