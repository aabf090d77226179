// Block expressions, tail expressions and unit.
fn main() {
    let x = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("x = {}", x);
    let y = {
        let t = x;
        if t > 20 { t - 20 } else { t }
    };
    println!("y = {}", y);
    let z = {
        println!("side effect");
        7
    };
    println!("z = {}", z);
    let nested = { ({ ({ 1 }) + 1 }) + 1 };
    println!("nested = {}", nested);
    let mut counter = 0;
    let _ = {
        counter += 5;
    };
    println!("counter = {}", counter);
}
