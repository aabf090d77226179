//@ compile-flags: --edition 2021
// Recursive functions over integers, slices and a recursive enum, with accumulators and
// a recursive generic function.

enum Expr {
    Lit(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Lit(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn sum_from(xs: &[i32], i: usize) -> i32 {
    if i >= xs.len() { 0 } else { xs[i] + sum_from(xs, i + 1) }
}

fn depth<T>(v: &Vec<T>, n: usize) -> usize {
    if n == 0 { v.len() } else { depth(v, n - 1) + 1 }
}

fn main() {
    let e = Expr::Add(Box::new(Expr::Lit(2)), Box::new(Expr::Mul(Box::new(Expr::Lit(3)), Box::new(Expr::Neg(Box::new(Expr::Lit(4)))))));
    assert_eq!(eval(&e), -10);
    assert_eq!(fib(15), 610);
    assert_eq!(sum_from(&[1, 2, 3, 4], 0), 10);
    println!("{} {} {}", eval(&e), fib(10), depth(&vec!['a'], 3));
}
