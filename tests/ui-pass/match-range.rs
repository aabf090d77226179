//@ compile-flags: --edition 2021
// Range patterns: inclusive, exclusive, half-open, chars, negative bounds, consts.

const LIMIT: u32 = 100;

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..70 => 'F',
        LIMIT.. => '?',
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        _ => "other",
    }
}

fn temp(t: i32) -> &'static str {
    match t {
        i32::MIN..=-1 => "freezing",
        0 => "zero",
        1..=20 => "cool",
        21.. => "warm",
    }
}

fn small(n: u8) -> bool {
    match n {
        ..=9 => true,
        10..=u8::MAX => false,
    }
}

fn main() {
    println!("{} {} {} {}", grade(95), grade(85), grade(10), grade(150));
    println!("{} {} {} {}", kind('q'), kind('Q'), kind('5'), kind('#'));
    println!("{} {} {} {}", temp(-5), temp(0), temp(15), temp(30));
    println!("{} {}", small(3), small(30));
}
