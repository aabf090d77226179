//@ compile-flags: --edition 2021
// Match guards using bindings, calling functions, on or-patterns; a guarded arm does not
// count for exhaustiveness, so a final arm covers the rest.

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn kind(n: u32) -> &'static str {
    match n {
        0 | 1 if n == 0 => "zero",
        x if is_prime(x) => "prime",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn main() {
    let pairs = vec![(1, 1), (2, -2), (3, 4)];
    let mut out = Vec::new();
    for p in &pairs {
        let s = match *p {
            (a, b) if a == b => "same",
            (a, b) if a + b == 0 => "opposite",
            _ => "different",
        };
        out.push(s);
    }
    assert_eq!(out, vec!["same", "opposite", "different"]);
    println!("{} {} {} {} {:?}", kind(0), kind(7), kind(8), kind(9), out);
}
