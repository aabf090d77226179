// FnOnce closures that move captured values out; Option<closure> and calling later.
fn run_once<F: FnOnce() -> Vec<i32>>(f: F) -> Vec<i32> {
    f()
}

fn maybe_call<F: FnOnce(i32) -> i32>(f: Option<F>, x: i32) -> i32 {
    match f {
        Some(g) => g(x),
        None => x,
    }
}

fn main() {
    let v = vec![3, 2, 1];
    let take = move || {
        let mut w = v;
        w.push(0);
        w
    };
    println!("{:?}", run_once(take));
    let name = String::from("ann");
    let greet = || {
        let n = name;
        format!("hi {}", n)
    };
    println!("{}", greet());
    let k = 10;
    println!("{}", maybe_call(Some(|x| x + k), 5));
    let none: Option<fn(i32) -> i32> = None;
    println!("{}", maybe_call(none, 5));
    let s = String::from("drop me");
    let f = move || drop(s);
    f();
    println!("done");
}
