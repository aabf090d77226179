// Format specs on derived Debug values: width, fill, alignment, sign, zero padding and precision
// reach every number and bool inside (strings and chars are not padded), also pretty.
#[derive(Debug)]
struct P {
    x: i32,
    y: f64,
    name: &'static str,
    ok: bool,
    c: char,
}
#[derive(Debug)]
enum E {
    A(u8),
    B { v: Vec<i64> },
}
fn main() {
    let p = P { x: -7, y: 2.5, name: "pt", ok: true, c: 'z' };
    println!("{:>6?}", p);
    println!("{:<5?}|{:^7?}|{:+?}", (1, 2), [3u8, 4], Some(5));
    println!("{:08.2?}", (1.5f64, -2.25f32));
    println!("{:>4?} {:>4?}", E::A(9), E::B { v: vec![10, -20] });
    let w = 5;
    println!("{:>w$?}", Some(Some(7)));
    println!("{:#6?}", (1, "s"));
}
