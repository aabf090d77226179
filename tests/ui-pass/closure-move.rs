//@ compile-flags: --edition 2021
// move closures: capturing by value, into threads-like APIs, with copies and Strings.

fn run<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let name = String::from("ann");
    let greet = move || format!("hi {}", name);
    let g = greet();
    let n = 5;
    let add_n = move |x: i32| x + n;
    let still_usable = n + 1;
    let v = vec![1, 2, 3];
    let total = move || -> i32 {
        let mut t = 0;
        for x in &v {
            t += *x;
        }
        t
    };
    let owned = String::from("owned");
    let out = run(move || {
        let mut o = owned;
        o.push_str("!");
        o
    });
    let mut counter = 0;
    let mut tick = move || {
        counter += 1;
        counter
    };
    tick();
    let after = tick();
    let mut sums: Vec<usize> = Vec::new();
    for i in 0..3usize {
        let h = move || i * 10;
        let plus_one = |x: usize| x + 1;
        sums.push(plus_one(h()));
    }
    println!("{} {} {} {} {} {} {} {:?}", g, add_n(1), still_usable, total(), out, after, counter, sums);
}
