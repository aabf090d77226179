// String: new, from, push, push_str, len, is_empty, clone, as_str, to_string.
fn main() {
    let mut s = String::new();
    println!("[{}] {} {}", s, s.len(), s.is_empty());
    s.push('h');
    s.push_str("ello");
    println!("{} {}", s, s.len());
    let t = String::from(" world");
    s.push_str(&t);
    println!("{}", s);
    let u = s.clone();
    s.push('!');
    println!("{} | {}", s, u);
    let v: &str = s.as_str();
    println!("{}", v);
    let w = "literal".to_string();
    let x = "owned".to_owned();
    println!("{} {}", w, x);
    let n = 42.to_string();
    println!("{} {}", n, n.len());
    let mut e = String::from("é");
    println!("{}", e.len());
    e.push('ü');
    println!("{} {}", e, e.len());
    println!("{:?}", e.pop());
    println!("{}", e);
    let combined = s + " and " + &u;
    println!("{}", combined);
    let mut c = String::from("abc");
    c += "def";
    println!("{}", c);
    c.clear();
    println!("{}", c.is_empty());
}
