//@ compile-flags: --edition 2021
// Method calls: chains, auto-ref/deref (values, &&T, Box), turbofish, on literals and temporaries.

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
        let mut out = String::new();
        for p in &self.parts {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(p);
        }
        out
    }
    fn len(&self) -> usize {
        self.parts.len()
    }
    fn tag<T: Clone>(&self, t: T) -> (usize, T) {
        (self.parts.len(), t.clone())
    }
}

fn main() {
    let b = Builder::new().add("a").add("b").add("c");
    let s = b.build();
    let boxed = Box::new(Builder::new().add("z"));
    let through_box = boxed.len();
    let r = &&b;
    let through_refs = r.len();
    let tagged = b.tag::<u8>(7);
    let on_temp = Builder::new().add("t").build().len();
    let total = vec![1, 2, 3].len();
    let abs = (-5i32).abs();
    let pow = 2.0_f64.powi(3);
    let trimmed = "  pad  ".trim().len();
    let max = 3.max(8).min(10);
    let clone = s.clone().to_uppercase();
    let chained = String::from("x")
        .to_uppercase()
        .to_lowercase()
        .len();
    println!("{} {} {} {:?} {} {} {} {} {} {} {} {}", s, through_box, through_refs, tagged, on_temp, total, abs, pow, trimmed, max, clone, chained);
}
