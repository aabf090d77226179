// Range patterns on integers and chars; exclusive range patterns.
fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => '?',
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

fn bucket(x: i64) -> i32 {
    match x {
        i64::MIN..=-1 => -1,
        0 => 0,
        1..10 => 1,
        10..100 => 2,
        _ => 3,
    }
}

fn main() {
    for s in [100, 95, 85, 72, 10, 101] {
        print!("{}", grade(s));
    }
    println!();
    for c in ['q', 'Q', '5', '#'] {
        println!("{} {}", c, kind(c));
    }
    for x in [-50, 0, 9, 10, 99, 100] {
        print!("{} ", bucket(x));
    }
    println!();
    let b: u8 = 0x41;
    match b {
        b'A'..=b'Z' => println!("ascii upper"),
        _ => println!("not"),
    }
}
