// Iterator::map and collect::<Vec<_>>() over ranges and Vecs.
fn main() {
    let squares: Vec<u32> = (1..=5).map(|x| x * x).collect();
    println!("{:?}", squares);
    let v = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2).collect::<Vec<_>>();
    println!("{:?}", doubled);
    let strs: Vec<String> = v.iter().map(|x| format!("<{}>", x)).collect();
    println!("{:?}", strs);
    let owned: Vec<i64> = v.into_iter().map(|x| x as i64 - 10).collect();
    println!("{:?}", owned);
    let offset = 100;
    let shifted: Vec<i32> = (0..3).map(|i| i + offset).collect();
    println!("{:?}", shifted);
    let nested: Vec<Vec<u8>> = (0..3u8).map(|n| (0..n).collect()).collect();
    println!("{:?}", nested);
    let chained = (1..4).map(|x| x + 1).map(|x| x * 10).collect::<Vec<i32>>();
    println!("{:?}", chained);
    let empty: Vec<i32> = (0..0).map(|x| x).collect();
    println!("{:?} {}", empty, empty.len());
}
