//@ compile-flags: --edition 2021
// Method calls: chains, auto-ref/deref, turbofish, on literals and temporaries.

struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn new() -> Builder {
        Builder { parts: vec![] }
    }
    fn add(mut self, s: &str) -> Builder {
        self.parts.push(s.to_string());
        self
    }
    fn build(&self) -> String {
        self.parts.join("-")
    }
    fn len(&self) -> usize {
        self.parts.len()
    }
}

fn main() {
    let b = Builder::new().add("a").add("b").add("c");
    let s = b.build();
    let boxed = Box::new(Builder::new().add("z"));
    let through_box = boxed.len();
    let r = &&b;
    let through_refs = r.len();
    let words: Vec<&str> = "one two three".split(' ').collect();
    let upper = words.iter().map(|w| w.to_uppercase()).collect::<Vec<String>>();
    let total = vec![1, 2, 3].iter().sum::<i32>();
    let abs = (-5i32).abs();
    let pow = 2.0_f64.powi(3);
    let chars = "abc".chars().rev().collect::<String>();
    let trimmed = "  pad  ".trim().len();
    let max = [3, 8, 1].iter().copied().max().unwrap_or(0);
    let clone = s.clone().to_uppercase();
    let chained = String::from("x")
        .repeat(3)
        .chars()
        .filter(|c| *c == 'x')
        .count();
    println!("{} {} {} {:?} {} {} {} {} {} {} {} {}", s, through_box, through_refs, upper, total, abs, pow, chars, trimmed, max, clone, chained);
}
