//@ compile-flags: --edition 2021
// Shadowing: rebinding a name with a different type, in nested blocks, in match arms, and
// a closure parameter shadowing an outer local.

fn main() {
    let value = "42";
    let value = value.len();
    let value = value as f64 * 1.5;
    assert_eq!(value, 3.0);
    let x = 1;
    let inner = {
        let x = x + 10;
        let x = x * 2;
        x
    };
    assert_eq!((x, inner), (1, 22));
    let opt = Some(5);
    let opt = match opt {
        Some(opt) => opt + 1,
        None => 0,
    };
    let shadow = |x: &str| x.len();
    assert_eq!(shadow("abc"), 3);
    let s = String::from("a");
    let s = s.len() > 0;
    println!("{} {} {} {} {}", value, x, inner, opt, s);
}
