// Iterating chars and bytes, counting, reversing, classifying.
fn main() {
    let s = "Hello, Wörld! 123";
    let mut letters = 0;
    let mut digits = 0;
    let mut spaces = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
        } else if c.is_numeric() {
            digits += 1;
        } else if c.is_whitespace() {
            spaces += 1;
        }
    }
    println!("{} {} {}", letters, digits, spaces);
    println!("{} bytes", s.len());
    let mut rev = String::new();
    let mut chars: Vec<char> = Vec::new();
    for c in s.chars() {
        chars.push(c);
    }
    let mut i = chars.len();
    while i > 0 {
        i -= 1;
        rev.push(chars[i]);
    }
    println!("{}", rev);
    let mut sum: u32 = 0;
    for b in "abc".as_bytes() {
        sum += *b as u32;
    }
    println!("{}", sum);
    let caesar: String = {
        let mut out = String::new();
        for c in "attack at dawn".chars() {
            if c.is_ascii_lowercase() {
                out.push((((c as u8 - b'a' + 13) % 26) + b'a') as char);
            } else {
                out.push(c);
            }
        }
        out
    };
    println!("{}", caesar);
    println!("{:?}", "héllo".chars().next());
    let mut count = 0;
    for _ in "héllo".chars() {
        count += 1;
    }
    println!("{}", count);
}
