//@ compile-flags: --edition 2021
// Literal and range patterns; exhaustiveness satisfied without `_` by covering ranges of u8,
// bool, and i8 from MIN to MAX, plus char ranges with a wildcard.

fn bucket(b: u8) -> u8 {
    match b {
        0 => 0,
        1..=9 => 1,
        10..=99 => 2,
        100..=u8::MAX => 3,
    }
}

fn sign(n: i8) -> i8 {
    match n {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn flag(b: bool) -> &'static str {
    match b {
        true => "on",
        false => "off",
    }
}

fn class(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        ' ' | '\t' => "space",
        _ => "other",
    }
}

fn main() {
    assert_eq!(bucket(0) + bucket(5) + bucket(50) + bucket(255), 6);
    assert_eq!(sign(-128) + sign(0) + sign(127), 0);
    println!("{} {} {} {}", flag(true), class('q'), class('7'), class('#'));
}
