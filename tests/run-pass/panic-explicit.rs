// An explicit panic! with a formatted message after some output.
fn check(n: i32) {
    if n > 2 {
        panic!("n is too big: {}", n);
    }
    println!("ok {}", n);
}

fn main() {
    println!("start");
    for i in 0..10 {
        check(i);
    }
    println!("never printed");
}
