//@ compile-flags: --edition 2021
// FnOnce closures: consuming a captured String, passed to `F: FnOnce() -> T`, a closure that
// drops what it captured, and Option::map with a consuming closure.

fn run_once<T, F: FnOnce() -> T>(f: F) -> T {
    f()
}

fn main() {
    let name = String::from("report");
    let consume = move || {
        let mut s = name;
        s.push_str(".txt");
        s
    };
    let file = run_once(consume);
    assert_eq!(file.as_str(), "report.txt");
    let data = vec![1, 2, 3];
    let len = run_once(|| {
        let n = data.len();
        drop(data);
        n
    });
    let owned = Some(String::from("x"));
    let longer = owned.map(|mut s| {
        s.push('y');
        s
    });
    let pair = run_once(move || (file, len));
    println!("{:?} {:?}", pair, longer);
}
