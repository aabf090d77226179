// let, let mut, shadowing, compound assignment.
fn main() {
    let x = 1;
    let mut y = x + 1;
    y += 10;
    y -= 3;
    y *= 4;
    y /= 2;
    y %= 7;
    println!("y = {}", y);
    let x = x * 100;
    println!("x = {}", x);
    {
        let x = "inner";
        println!("x = {}", x);
    }
    println!("x = {}", x);
    let z;
    z = y + x;
    println!("z = {}", z);
    let (p, q) = (3, 4);
    println!("p*q = {}", p * q);
}
