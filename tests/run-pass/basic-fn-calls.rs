// Plain function calls with several parameters and return values.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn square(x: i64) -> i64 {
    x * x
}

fn say(n: i32) {
    println!("say {}", n);
}

fn early(x: i32) -> i32 {
    if x > 5 {
        return 5;
    }
    x
}

fn unit() {}

fn main() {
    println!("{}", add(2, 3));
    println!("{}", add(add(1, 2), add(3, 4)));
    println!("{}", square(12345));
    say(9);
    println!("{} {}", early(3), early(50));
    unit();
    let u = unit();
    if u == () {
        println!("unit is unit");
    }
}
