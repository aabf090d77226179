// fn pointers: in struct fields, from generic fns, compared by calling, through references.
struct Op {
    name: &'static str,
    f: fn(i64, i64) -> i64,
}

fn add(a: i64, b: i64) -> i64 {
    a + b
}

fn sub(a: i64, b: i64) -> i64 {
    a - b
}

fn first<T: Copy>(a: T, _b: T) -> T {
    a
}

fn apply_all(ops: &[Op], a: i64, b: i64) -> Vec<String> {
    let mut out = Vec::new();
    for op in ops {
        out.push(format!("{}={}", op.name, (op.f)(a, b)));
    }
    out
}

fn choose(up: bool) -> fn(i64, i64) -> i64 {
    if up { add } else { sub }
}

fn twice(f: fn(i64) -> i64, x: i64) -> i64 {
    f(f(x))
}

fn main() {
    let ops = [
        Op { name: "add", f: add },
        Op { name: "sub", f: sub },
        Op { name: "first", f: first::<i64> },
        Op { name: "mul", f: |a, b| a * b },
    ];
    println!("{:?}", apply_all(&ops, 7, 3));
    let g = choose(false);
    println!("{}", g(10, 4));
    let h: fn(i64) -> i64 = |x| x * 10;
    println!("{}", twice(h, 2));
    let r = &h;
    println!("{}", r(5));
    let maybe: Option<fn(i64, i64) -> i64> = Some(add);
    if let Some(f) = maybe {
        println!("{}", f(1, 2));
    }
    let unit_fn: fn() = || println!("unit");
    unit_fn();
}
