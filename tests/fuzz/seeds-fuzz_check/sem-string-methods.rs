//@ compile-flags: --edition 2021
// String and &str methods: new, from, with_capacity, push, push_str, len, is_empty, as_str,
// clear, contains, starts_with, ends_with, trim, to_uppercase, to_lowercase, to_string, to_owned.

fn main() {
    let mut s = String::new();
    s.push_str("Hello");
    s.push(',');
    s.push_str(" World ");
    assert_eq!(s.len(), 13);
    let trimmed: &str = s.trim();
    assert!(trimmed.starts_with("Hello") && trimmed.ends_with("World"));
    assert!(s.contains("lo, W"));
    let upper = s.to_uppercase();
    let lower = upper.to_lowercase();
    let view: &str = lower.as_str();
    let owned: String = view.to_owned();
    let from_str = "abc".to_string();
    let mut buf = String::with_capacity(8);
    buf.push_str(&from_str);
    assert_eq!(buf.as_str(), "abc");
    buf.clear();
    assert!(buf.is_empty() && !"x".is_empty());
    let literal_len = "héllo".len();
    println!("[{}] [{}] [{}] {} {}", trimmed, upper, owned.trim(), literal_len, String::from("z"));
}
