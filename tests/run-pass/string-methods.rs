// &str methods: trim, find, contains, starts_with, to_uppercase, repeat, slicing.
fn main() {
    let s = "  Hello World  ";
    println!("[{}]", s.trim());
    println!("[{}]", s.trim_start());
    println!("[{}]", s.trim_end());
    let t = s.trim();
    println!("{:?}", t.find("World"));
    println!("{:?}", t.find("z"));
    println!("{}", t.contains("lo W"));
    println!("{} {}", t.starts_with("Hell"), t.ends_with("x"));
    println!("{}", t.to_uppercase());
    println!("{}", t.to_lowercase());
    println!("{}", "ab".repeat(3));
    println!("{}", &t[0..5]);
    println!("{}", &t[6..]);
    println!("{}", "Straße".to_uppercase());
    println!("{}", "abc".eq_ignore_ascii_case("ABC"));
    println!("{}", "  padded\t\n".trim().len());
    println!("{}", "".is_empty());
    println!("{}", "ascii".is_ascii());
    println!("{}", "ABC".to_ascii_lowercase());
    let owned: String = t.to_string();
    println!("{}", owned.contains("World"));
}
