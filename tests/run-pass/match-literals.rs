// match on integer, char, bool and &str literals, with wildcard.
fn int_name(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        2 | 3 => "two or three",
        -1 => "minus one",
        _ => "many",
    }
}

fn vowel(c: char) -> bool {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        _ => false,
    }
}

fn cmd(s: &str) -> i32 {
    match s {
        "start" => 1,
        "stop" => 2,
        "" => 0,
        _ => -1,
    }
}

fn main() {
    for n in -1..5 {
        println!("{} {}", n, int_name(n));
    }
    println!("{} {}", vowel('e'), vowel('z'));
    println!("{} {} {} {}", cmd("start"), cmd("stop"), cmd(""), cmd("jump"));
    let b = 3 > 2;
    let msg = match b {
        true => "yes",
        false => "no",
    };
    println!("{}", msg);
    let u: u8 = 200;
    match u {
        0 => println!("none"),
        255 => println!("full"),
        x => println!("other {}", x),
    }
}
