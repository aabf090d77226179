// Slicing with every range form: Vec, array, slice, String and str; Debug of a slice.
fn pick(n: usize) -> usize {
    n
}

fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let a = [10, 20, 30, 40];
    let s = String::from("héllo wörld");
    let t = "plain";
    println!("{:?} {:?} {:?} {:?}", &v[1..3], &v[..2], &v[3..], &v[..]);
    println!("{:?} {:?}", &a[1..=2], &a[..=0]);
    let sl = &v[1..4];
    println!("{:?} {}", &sl[1..], sl[1..].len());
    println!("{} {} {}", &s[0..1], &s[3..], &t[1..4]);
    println!("{}", &s[..pick(3)]);
    let total: i32 = v[1..].iter().sum();
    println!("{}", total);
    let w: Vec<i32> = v[..3].iter().zip(v[2..].iter()).map(|(x, y)| x * y).collect();
    println!("{:?}", w);
}
