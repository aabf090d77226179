//@ compile-flags: --edition 2021
// Deeply nested closures capturing from several enclosing scopes.

fn main() {
    let base = 1;
    let f = |a: i32| {
        let g = move |b: i32| {
            let h = |c: i32| {
                let i = |d: i32| {
                    let j = |e: i32| base + a + b + c + d + e;
                    j(5)
                };
                i(4)
            };
            h(3)
        };
        g(2)
    };
    let result = f(0);
    let curried = |x: i32| move |y: i32| move |z: i32| x * 100 + y * 10 + z;
    let digits = curried(1)(2)(3);
    let mut log = Vec::new();
    let mut record = |s: &str| {
        let mut push = |t: String| log.push(t);
        push(s.to_string());
    };
    record("a");
    record("b");
    let apply_twice = |f: fn(i32) -> i32, x: i32| f(f(x));
    let twice = apply_twice(|x| x + 10, 1);
    let row = |i: i32| {
        let mut r = Vec::new();
        for j in 0..3 {
            let cell = move |k: i32| i * k;
            r.push(cell(j));
        }
        r
    };
    let matrix: Vec<Vec<i32>> = vec![row(0), row(1), row(2)];
    println!("{} {} {:?} {} {:?}", result, digits, log, twice, matrix);
}
