// Boolean operators, comparisons and short-circuiting.
fn check(label: &str, v: bool) -> bool {
    println!("check {}", label);
    v
}

fn main() {
    let a = true;
    let b = false;
    println!("{} {} {}", a && b, a || b, !a);
    println!("{}", a ^ b);
    println!("{}", a & b | !b);
    println!("{}", 3 < 4 && 4 <= 4 && 5 > 4 && 5 >= 5 && 1 != 2 && 2 == 2);
    if check("first", false) && check("second", true) {
        println!("unreachable");
    }
    if check("third", true) || check("fourth", true) {
        println!("short-circuit or");
    }
    let mut x = true;
    x &= false;
    println!("{}", x);
    x |= true;
    println!("{}", x);
    println!("{}", 'a' < 'b');
    println!("{}", "abc" == "abc");
}
