//@ compile-flags: --edition 2021
// match on literal patterns: integers (decimal, hex, suffixed), negative numbers, chars, strings, bools.

fn name(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        -1 => "minus one",
        0x10 => "sixteen",
        1_000 => "thousand",
        _ => "many",
    }
}

fn vowel(c: char) -> bool {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        _ => false,
    }
}

fn command(s: &str) -> u8 {
    match s {
        "start" => 1,
        "stop" => 2,
        "" => 0,
        _ => 255,
    }
}

fn flag(b: bool) -> &'static str {
    match b {
        true => "yes",
        false => "no",
    }
}

fn byte(b: u8) -> &'static str {
    match b {
        97 => "a",
        0x0a => "newline",
        0u8 => "nul",
        _ => "other",
    }
}

fn main() {
    println!("{} {} {} {}", name(0), name(-1), name(16), name(99));
    println!("{} {} {} {} {} {}", vowel('e'), vowel('z'), command("stop"), command("x"), flag(true), byte(10));
    let unit = ();
    match unit {
        () => println!("unit"),
    }
}
