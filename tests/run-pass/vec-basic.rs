// Vec: new, push, pop, len, index, is_empty, vec! forms, clear.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{} {}", v.len(), v.is_empty());
    v.push(10);
    v.push(20);
    v.push(30);
    println!("{:?} {}", v, v.len());
    println!("{} {}", v[0], v[2]);
    v[1] = 25;
    v[0] += 1;
    println!("{:?}", v);
    println!("{:?}", v.pop());
    println!("{:?}", v);
    let w = vec![0u8; 5];
    println!("{:?}", w);
    let x = vec!['a', 'b'];
    println!("{:?} {}", x, x.len());
    let mut y = vec![1, 2, 3];
    y.clear();
    let popped = y.pop();
    println!("{:?} {:?}", y, popped);
    let mut z = Vec::with_capacity(10);
    for i in 0..4 {
        z.push(i * i);
    }
    println!("{:?}", z);
    println!("{:?} {:?}", z.first(), z.last());
    println!("{:?} {:?}", z.get(1), z.get(99));
    println!("{}", z.contains(&9));
    let nested = vec![vec![1], vec![2, 3], vec![]];
    println!("{:?} {}", nested, nested[1][1]);
}
