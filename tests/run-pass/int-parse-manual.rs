// Parsing and printing integers by hand in several bases.
fn parse(s: &str, base: u32) -> Option<i64> {
    let mut neg = false;
    let mut n: i64 = 0;
    let mut any = false;
    let mut first = true;
    for c in s.chars() {
        if first && c == '-' {
            first = false;
            neg = true;
            continue;
        }
        first = false;
        let d = c.to_digit(base)? as i64;
        n = n.checked_mul(base as i64)?.checked_add(d)?;
        any = true;
    }
    if !any {
        return None;
    }
    Some(if neg { -n } else { n })
}

fn to_base(mut n: u64, base: u64) -> String {
    if n == 0 {
        return String::from("0");
    }
    let digits = "0123456789abcdefghijklmnopqrstuvwxyz".as_bytes();
    let mut out = Vec::new();
    while n > 0 {
        out.push(digits[(n % base) as usize] as char);
        n /= base;
    }
    let mut s = String::new();
    while let Some(c) = out.pop() {
        s.push(c);
    }
    s
}

fn main() {
    println!("{:?}", parse("12345", 10));
    println!("{:?}", parse("-ff", 16));
    println!("{:?}", parse("1011", 2));
    println!("{:?}", parse("12a", 10));
    println!("{:?}", parse("-", 10));
    println!("{:?}", parse("99999999999999999999", 10));
    println!("{}", to_base(255, 2));
    println!("{}", to_base(255, 16));
    println!("{}", to_base(0, 7));
    println!("{}", to_base(u64::MAX, 36));
}
