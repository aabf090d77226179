//@ compile-flags: --edition 2021
// Closures stored in locals: inferred and annotated parameter types, captured by shared
// reference, called several times, passed on to other closures.

fn main() {
    let rate = 3;
    let scale = |x: i32| x * rate;
    let add = |a, b| a + b;
    let total = add(scale(2), scale(5));
    assert_eq!(total, 21);
    let words = vec![String::from("alpha"), String::from("be")];
    let longest = || {
        let mut best = 0;
        for w in &words {
            if w.len() > best {
                best = w.len();
            }
        }
        best
    };
    assert_eq!(longest(), 5);
    assert_eq!(words.len(), 2);
    let describe = |n: usize| -> String { format!("{} chars", n) };
    let pipeline = |n: i32| describe(scale(n) as usize);
    let text = pipeline(4);
    let unit = |s: &str| println!("note: {}", s);
    unit(&text);
    println!("{} {} {}", total, longest(), text);
}
