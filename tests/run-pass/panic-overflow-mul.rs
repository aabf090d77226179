// Signed multiplication overflow panics in debug builds.
fn main() {
    let mut x: i32 = 1;
    let mut i = 0;
    while i < 40 {
        x = x * 3;
        println!("3^{} = {}", i + 1, x);
        i += 1;
    }
    println!("never printed");
}
