// Closures inside closures, capturing from several levels.
fn main() {
    let base = 10;
    let outer = |x: i32| {
        let inner = |y: i32| x + y + base;
        inner(1) + inner(2)
    };
    println!("{}", outer(5));
    let make_adder = |n: i32| move |m: i32| n + m;
    let add3 = make_adder(3);
    println!("{}", add3(4));
    let mut log: Vec<String> = Vec::new();
    {
        let mut push = |s: &str| {
            let decorate = |t: &str| format!("[{}]", t);
            log.push(decorate(s));
        };
        push("a");
        push("b");
    }
    println!("{:?}", log);
    let deep = |a: i32| move |b: i32| move |c: i32| a * 100 + b * 10 + c;
    println!("{}", deep(1)(2)(3));
    let counter = {
        let mut count = 0;
        move || {
            count += 1;
            let report = || format!("count={}", count);
            report()
        }
    };
    let mut counter = counter;
    println!("{}", counter());
    println!("{}", counter());
}
