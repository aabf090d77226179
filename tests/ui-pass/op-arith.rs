//@ compile-flags: --edition 2021
// Arithmetic operators on integers and floats, left associativity.

fn main() {
    let a = 17;
    let b = 5;
    let sum = a + b;
    let diff = a - b;
    let prod = a * b;
    let quot = a / b;
    let rem = a % b;
    let left_assoc_sub = 100 - 10 - 1;
    let left_assoc_div = 100 / 10 / 2;
    let mixed = 2 + 3 * 4 - 8 / 2 % 3;
    let x = 1.5 * 2.0 - 0.5 / 0.25;
    let neg = -a + -(-b);
    let paren = (a + b) * (a - b);
    let wrapped = 250u8.wrapping_add(10);
    let checked = 5i32.checked_div(0);
    let power = 2i64.pow(10);
    println!("{} {} {} {} {} {} {}", sum, diff, prod, quot, rem, left_assoc_sub, left_assoc_div);
    println!("{} {} {} {} {} {:?} {}", mixed, x, neg, paren, wrapped, checked, power);
}
