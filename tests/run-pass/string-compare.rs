// Comparing Strings and &strs: ==, <, ordering, sorting, max.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    let c = String::from("apple");
    println!("{} {} {}", a == c, a == b, a != b);
    println!("{} {}", a < b, b < a);
    println!("{}", a.as_str() == "apple");
    println!("{}", "Zebra" < "apple");
    println!("{}", "abc" < "abd");
    println!("{}", "ab" < "abc");
    println!("{}", longest("short", "longer"));
    println!("{}", longest(&a, &b));
    let mut words = vec![
        String::from("delta"),
        String::from("alpha"),
        String::from("Charlie"),
        String::from("bravo"),
    ];
    words.sort();
    println!("{:?}", words);
    let mut best = &words[0];
    for w in &words {
        if w.len() > best.len() {
            best = w;
        }
    }
    println!("{}", best);
    println!("{:?}", a.cmp(&b));
    let empty = String::new();
    println!("{}", empty == String::from(""));
    println!("{}", "é" > "z");
}
