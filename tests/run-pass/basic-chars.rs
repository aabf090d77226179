// char values: comparisons, casts to and from integers, methods.
fn main() {
    let c = 'A';
    println!("{}", c as u32);
    println!("{}", (c as u8 + 2) as char);
    println!("{}", 'z' > 'a');
    let mut ch = 'a';
    while ch <= 'e' {
        print!("{}", ch);
        ch = ((ch as u8) + 1) as char;
    }
    println!();
    println!("{}", '9'.is_ascii_digit());
    println!("{}", 'x'.is_alphabetic());
    println!("{}", ' '.is_whitespace());
    println!("{}", 'q'.to_ascii_uppercase());
    println!("{}", 'Q'.to_ascii_lowercase());
    println!("{:?}", '7'.to_digit(10));
    println!("{}", 'ß'.len_utf8());
    println!("{}", '\u{41}');
    println!("{:?}", '\'');
    println!("{}", b'a');
}
