//@ compile-flags: --edition 2021
// Match guards: simple, using bindings, with method calls, on or-patterns, block arms.

fn classify(pair: (i32, i32)) -> &'static str {
    match pair {
        (x, y) if x == y => "equal",
        (x, y) if x + y == 0 => "opposite",
        (x, _) if x % 2 == 0 => "first even",
        (1 | 2, _) if pair.1 > 100 => "small first, big second",
        _ => "other",
    }
}

fn main() {
    let words = vec!["", "a", "hello", "HELLO"];
    for w in &words {
        let d = match w {
            s if s.is_empty() => "empty".to_string(),
            s if s.len() == 1 => {
                let c = s.to_string();
                format!("single {}", c)
            }
            s if s.starts_with("HE") && !s.contains("l") => "shouting".to_string(),
            s => s.to_string(),
        };
        println!("{}", d);
    }
    let n = Some(7);
    match n {
        Some(x) if x > 5 && x < 10 => println!("mid"),
        Some(_) => println!("other"),
        None => (),
    }
    println!("{} {} {} {}", classify((3, 3)), classify((2, -2)), classify((4, 1)), classify((1, 200)));
}
