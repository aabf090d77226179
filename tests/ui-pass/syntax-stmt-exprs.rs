//@ compile-flags: --edition 2021
// Block-like expressions as statements: no `;` needed after them, and what follows
// them starts a new statement (a tuple, a unary expression, a closure call).

fn side(n: &mut i32) -> i32 {
    *n += 1;
    *n
}

fn main() {
    let mut n = 0;
    let v = vec![1, 2, 3];
    if n == 0 {
        side(&mut n);
    }
    (n, 1);
    match n {
        1 => side(&mut n),
        _ => 0,
    };
    match v.len() {
        3 => {}
        _ => {}
    }
    [1, 2];
    for x in &v {
        n += *x;
    }
    *v.first().unwrap();
    loop {
        break;
    }
    -1;
    while n > 100 {
        n -= 1;
    }
    {
        n += 1;
    }
    &n;
    if n > 0 { 1 } else { 2 };
    let r = if n > 0 { 1 } else { 2 } + 10;
    let m = match n { _ => 5 } * 2;
    let blk = { 3 } - 1;
    unsafe_free(n);
    println!("{} {} {} {}", n, r, m, blk);
}

fn unsafe_free(n: i32) -> i32 {
    n
}
