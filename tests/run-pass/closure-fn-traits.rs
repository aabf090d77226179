// Passing closures to functions taking Fn, FnMut and FnOnce.
fn call_fn<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1) + f(2)
}

fn call_mut<F: FnMut()>(mut f: F) {
    f();
    f();
    f();
}

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn apply_twice(f: impl Fn(u32) -> u32, x: u32) -> u32 {
    f(f(x))
}

fn call_dyn_like<F>(f: &F) -> i32
where
    F: Fn() -> i32,
{
    f() * 10
}

fn main() {
    let k = 3;
    println!("{}", call_fn(|x| x * k));
    let mut hits = 0;
    call_mut(|| hits += 2);
    println!("hits {}", hits);
    let s = String::from("owned");
    println!("{}", call_once(move || s + "!"));
    println!("{}", apply_twice(|x| x * x, 3));
    let c = || 4;
    println!("{}", call_dyn_like(&c));
    println!("{}", call_fn(|x| x));
    let f = |x: i32| x - 1;
    println!("{}", call_fn(f));
    println!("{}", call_fn(f));
    let mut v = Vec::new();
    call_mut(|| v.push(v.len()));
    println!("{:?}", v);
}
