//@ compile-flags: --edition 2021
// Lazy boolean operators, negation, precedence of && over ||.

fn check(label: &str, v: bool) -> bool {
    println!("{}: {}", label, v);
    v
}

fn main() {
    let t = true;
    let f = false;
    let a = t && f;
    let b = t || f;
    let c = !t || f && t;
    let d = (!t || f) && t;
    let e = t && !f && !!t;
    let short = f && check("never", true);
    let short2 = t || check("never", false);
    let cmp = 1 < 2 && 3 > 2 || 4 == 5;
    let borrowed = &t;
    let deref = *borrowed && t;
    println!("{} {} {} {} {} {} {} {} {}", a, b, c, d, e, short, short2, cmp, deref);
}
