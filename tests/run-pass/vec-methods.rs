// Vec methods: insert, remove, swap, sort, reverse, retain, extend, truncate, dedup.
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    v.insert(0, 7);
    println!("{:?}", v);
    let r = v.remove(2);
    println!("{} {:?}", r, v);
    v.swap(0, 1);
    println!("{:?}", v);
    v.sort();
    println!("{:?}", v);
    v.reverse();
    println!("{:?}", v);
    v.retain(|x| *x % 2 == 1);
    println!("{:?}", v);
    v.truncate(2);
    println!("{:?}", v);
    let mut words = vec!["pear", "apple", "fig", "banana"];
    words.sort();
    println!("{:?}", words);
    let mut d = vec![1, 1, 2, 2, 2, 3, 1];
    d.dedup();
    println!("{:?}", d);
    let mut a = vec![1, 2];
    let b = vec![3, 4];
    a.extend_from_slice(&b);
    println!("{:?}", a);
    println!("{:?}", a.contains(&3));
    let mut m: Vec<f64> = vec![3.5, -1.0, 2.25];
    m.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", m);
}
