// Option combinators: map, and_then, unwrap_or, ok_or, filter, or, take...
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let a = Some(8);
    let n: Option<i32> = None;
    println!("{:?} {:?}", a.map(|x| x + 1), n.map(|x| x + 1));
    println!("{:?}", a.and_then(half).and_then(half));
    println!("{:?}", Some(6).and_then(half).and_then(half));
    println!("{} {}", a.unwrap_or(0), n.unwrap_or(0));
    println!("{}", n.unwrap_or_else(|| -1));
    println!("{}", n.unwrap_or_default());
    println!("{:?} {:?}", a.ok_or("missing"), n.ok_or("missing"));
    println!("{:?}", a.filter(|x| *x > 10));
    println!("{:?}", n.or(Some(3)));
    println!("{:?}", a.xor(n));
    println!("{} {}", a.is_some(), n.is_none());
    println!("{:?}", a.map_or(0, |x| x * 3));
    println!("{:?}", n.map_or_else(|| 99, |x| x * 3));
    let mut slot = Some(String::from("taken"));
    let t = slot.take();
    println!("{:?} {:?}", t, slot);
    let mut r = Some(1);
    let old = r.replace(5);
    println!("{:?} {:?}", old, r);
    let s = Some(String::from("hello"));
    println!("{:?}", s.as_ref().map(|x| x.len()));
    println!("{:?}", s);
    println!("{}", a.unwrap() + a.expect("has value"));
    println!("{:?}", a.zip(Some('z')));
    let mut g: Option<u32> = None;
    *g.get_or_insert(4) += 1;
    println!("{:?}", g);
    println!("{}", Some(3) == Some(3));
}
