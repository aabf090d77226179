// Option::unwrap on None panics.
fn find(v: &Vec<i32>, x: i32) -> Option<usize> {
    let mut i = 0;
    while i < v.len() {
        if v[i] == x {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn main() {
    let v = vec![4, 8, 15];
    println!("{}", find(&v, 8).unwrap());
    println!("{}", find(&v, 16).unwrap());
    println!("never printed");
}
