// fold, for_each, any, all, find, position, last, nth, max, min, take, skip, filter_map, chain, cloned, copied.
fn main() {
    let v = vec![3, 9, 2, 9, 4];
    println!("{}", v.iter().fold(0, |a, x| a + x));
    println!("{} {}", v.iter().any(|x| *x > 8), v.iter().all(|x| *x > 2));
    println!("{:?} {:?}", v.iter().find(|x| **x > 3), v.iter().position(|x| *x == 2));
    println!("{:?} {:?} {:?}", v.iter().max(), v.iter().min(), v.iter().last());
    let t: Vec<i32> = v.iter().take(2).cloned().collect();
    let s: Vec<i32> = v.iter().skip(3).copied().collect();
    println!("{:?} {:?}", t, s);
    let fm: Vec<u32> = "a1b2c3".chars().filter_map(|c| c.to_digit(10)).collect();
    println!("{:?}", fm);
    let ch: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", ch);
    let mut total = 0;
    (1..=4).for_each(|x| total += x);
    println!("{} {:?}", total, (10..20).nth(3));
    let words = vec!["bb", "a", "ccc"];
    println!("{:?} {:?}", words.iter().max(), words.iter().map(|w| w.len()).min());
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.iter().max());
}
