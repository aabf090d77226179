// Capture by mutable reference: FnMut closures that update their environment.
fn main() {
    let mut counter = 0;
    let mut inc = || {
        counter += 1;
    };
    inc();
    inc();
    inc();
    println!("counter = {}", counter);
    let mut log = Vec::new();
    let mut record = |s: &str| log.push(String::from(s));
    record("a");
    record("b");
    println!("{:?}", log);
    let mut total = 0;
    let mut add = |x: i32| -> i32 {
        total += x;
        total
    };
    println!("{}", add(5));
    println!("{}", add(7));
    println!("total = {}", total);
    let mut s = String::from("x");
    {
        let mut grow = || s.push_str("yz");
        grow();
        grow();
    }
    println!("{}", s);
    let mut arr = [0; 3];
    let mut set = |i: usize, v: i32| arr[i] = v;
    set(0, 4);
    set(2, 9);
    println!("{:?}", arr);
}
