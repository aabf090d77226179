//@ compile-flags: --edition 2021 --print closures
// Closure signatures, kinds and captures. The captures were checked against nightly
// rustc's #[rustc_capture_analysis] (Min Capture: Immutable = by ref, Mutable = by mut ref,
// ByValue = by value); the kinds follow from them (t is moved out: FnOnce).
fn consume(s: String) -> usize { s.len() }

fn main() {
    let k = 10;
    let by_ref = |v: i64| v * k;
    let mut n = 0;
    let mut by_mut = || n += 1;
    by_mut();
    let s = String::from("owned");
    let by_value = move || s.len();
    let t = String::from("eaten");
    let once = || consume(t);
    let v = vec![1, 2, 3];
    let reads_vec = || v.len();
    let mut w: Vec<i32> = Vec::new();
    let mut pushes = |x: i32| w.push(x);
    pushes(4);
    let outer = |a: i64| {
        let inner = |b: i64| a + b + k;
        inner(1)
    };
    let _ = (by_ref(2), by_value(), once(), reads_vec(), outer(3));
}
