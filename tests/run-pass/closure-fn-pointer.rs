// fn pointers: functions in arrays, passed as values, closures coerced to fn.
fn inc(x: i32) -> i32 {
    x + 1
}

fn dbl(x: i32) -> i32 {
    x * 2
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn apply_generic<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn pick(op: char) -> fn(i32) -> i32 {
    match op {
        '+' => inc,
        '*' => dbl,
        _ => |x| x,
    }
}

fn main() {
    let table: [fn(i32) -> i32; 3] = [inc, dbl, |x| x * x];
    for f in table {
        print!("{} ", f(5));
    }
    println!();
    println!("{}", apply(inc, 1));
    println!("{}", apply(|x| x - 100, 1));
    println!("{}", apply_generic(dbl, 21));
    println!("{}", pick('+')(pick('*')(10)));
    println!("{}", pick('?')(9));
    let mut pipeline: Vec<fn(i32) -> i32> = Vec::new();
    pipeline.push(inc);
    pipeline.push(dbl);
    pipeline.push(inc);
    let mut v = 3;
    for f in &pipeline {
        v = f(v);
    }
    println!("{}", v);
}
