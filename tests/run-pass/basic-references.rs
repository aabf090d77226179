// Shared and mutable references, deref, passing &mut to functions.
fn bump(x: &mut i32) {
    *x += 1;
}

fn read(x: &i32) -> i32 {
    *x * 2
}

fn swap(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut n = 10;
    bump(&mut n);
    bump(&mut n);
    println!("n = {}", n);
    println!("read = {}", read(&n));
    let r = &n;
    println!("r = {}", r);
    println!("*r + 1 = {}", *r + 1);
    let mut a = 1;
    let mut b = 2;
    swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
    let rr = &&a;
    println!("rr = {}", **rr);
    let m = &mut a;
    *m *= 50;
    println!("a = {}", a);
}
