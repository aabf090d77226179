//@ compile-flags: --edition 2021
// panic!, assert!, assert_eq!, assert_ne! with and without messages.

fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        panic!("division by zero: {} / {}", a, b);
    }
    a / b
}

fn must_be_positive(n: i32) -> i32 {
    assert!(n > 0, "expected positive, got {}", n);
    n
}

fn never_called() {
    panic!();
}

fn never_called_either(code: u8) {
    panic!("fatal {code}");
}

fn main() {
    assert!(true);
    assert!(1 + 1 == 2, "math is broken");
    assert_eq!(checked_div(10, 2), 5);
    assert_eq!(must_be_positive(3), 3, "positive {}", 3);
    assert_ne!(1, 2);
    assert_ne!("a", "b", "strings {} and {} differ", "a", "b");
    assert_eq!(vec![1, 2], vec![1, 2]);
    assert!(matches!(Some(3), Some(_)),);
    let r: Result<i32, String> = Err(String::from("e"));
    assert!(r.is_err(), "{:?}", r);
    if false {
        never_called();
        never_called_either(1);
        panic!("literal only");
    }
    println!("all assertions passed");
}
