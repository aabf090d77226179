// Negating the minimum value of a signed type panics in debug builds.
fn negate(x: i8) -> i8 {
    -x
}

fn main() {
    let values = [5i8, -100, 127, -128, 0];
    for v in values {
        println!("{} -> {}", v, negate(v));
    }
    println!("never printed");
}
