// format! builds Strings that are then printed, compared and measured.
fn describe(n: i32) -> String {
    format!("<{}:{}>", n, n * n)
}

fn main() {
    let s = format!("{}-{}", 1, 2);
    println!("{}", s);
    println!("{}", s.len());
    let t = describe(12);
    println!("{}", t);
    let mut acc = String::new();
    for i in 0..4 {
        acc.push_str(&format!("[{}]", i));
    }
    println!("{}", acc);
    let padded = format!("{:>6}", "ab");
    println!("{}|", padded);
    let empty = format!("");
    println!("{}", empty.is_empty());
    let nested = format!("{} {}", format!("{:03}", 7), describe(2));
    println!("{}", nested);
    println!("{}", format!("{:?}", "q") == String::from("\"q\""));
    let x = 5;
    let captured = format!("{x}{x}");
    println!("{}", captured);
    let owned: String = format!("{:.1}", 2.25);
    println!("{}", owned);
}
