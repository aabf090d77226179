// Constructors as fn values: Some, a tuple struct, a variant (map, map_err, a local).
#[derive(Debug)]
struct Wrap(i32, char);
fn main() {
    let v: Vec<Option<i32>> = (1..4).map(Some).collect();
    println!("{:?}", v);
    let w: Vec<Wrap> = (0..2).map(|i| (i, 'x')).map(|(a, b)| Wrap(a, b)).collect();
    println!("{:?}", w);
    let r: Result<i32, String> = Err(5).map_err(|e: i32| e.to_string());
    println!("{:?}", r);
    let f = Wrap;
    println!("{:?}", f(7, 'q'));
}
