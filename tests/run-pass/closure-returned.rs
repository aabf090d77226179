// Closures returned as impl Fn / impl FnMut, and closure factories.
fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn multiplier(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x * n
}

fn counter(start: u32) -> impl FnMut() -> u32 {
    let mut c = start;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add5 = adder(5);
    let times3 = multiplier(3);
    println!("{} {}", add5(1), times3(4));
    let both = compose(add5, times3);
    println!("{}", both(2));
    let mut c1 = counter(10);
    let mut c2 = counter(100);
    println!("{} {} {}", c1(), c1(), c2());
    println!("{}", c1());
    let to_str = compose(|x: u8| x as u32 * 1000, |y: u32| format!("<{}>", y));
    println!("{}", to_str(7));
}
