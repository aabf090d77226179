// Building strings in loops: padding, joining by hand, number to words.
fn to_words(n: u32) -> String {
    let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    let mut out = String::new();
    let digits = n.to_string();
    let mut i = 0;
    for c in digits.chars() {
        if i > 0 {
            out.push('-');
        }
        out.push_str(ones[c.to_digit(10).unwrap() as usize]);
        i += 1;
    }
    out
}

fn join(parts: &Vec<String>, sep: &str) -> String {
    let mut s = String::new();
    let mut first = true;
    for p in parts {
        if !first {
            s.push_str(sep);
        }
        s.push_str(p);
        first = false;
    }
    s
}

fn main() {
    println!("{}", to_words(907));
    println!("{}", to_words(0));
    let mut parts = Vec::new();
    for i in 1..=5 {
        parts.push(format!("{}^2={}", i, i * i));
    }
    println!("{}", join(&parts, ", "));
    let mut table = String::new();
    for row in 1..=3 {
        for col in 1..=3 {
            table.push_str(&format!("{:>3}", row * col));
        }
        table.push('\n');
    }
    print!("{}", table);
    let mut bar = String::new();
    for _ in 0..10 {
        bar.push('=');
    }
    println!("[{}]", bar);
}
