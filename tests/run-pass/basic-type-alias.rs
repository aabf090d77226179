// type aliases for primitives, tuples, generic types and results.
type Meters = f64;
type Point = (i32, i32);
type Grid = Vec<Vec<u8>>;
type Res<T> = Result<T, String>;

fn distance(a: Point, b: Point) -> Meters {
    let dx = (a.0 - b.0) as f64;
    let dy = (a.1 - b.1) as f64;
    (dx * dx + dy * dy).sqrt()
}

fn make_grid(n: usize) -> Grid {
    let mut g = Vec::new();
    for r in 0..n {
        let mut row = Vec::new();
        for c in 0..n {
            row.push((r * n + c) as u8);
        }
        g.push(row);
    }
    g
}

fn checked(n: i32) -> Res<i32> {
    if n >= 0 { Ok(n) } else { Err(format!("negative: {}", n)) }
}

fn main() {
    let d: Meters = distance((0, 0), (3, 4));
    println!("{}", d);
    let g = make_grid(3);
    println!("{:?}", g);
    println!("{:?} {:?}", checked(5), checked(-5));
    let p: Point = (7, -7);
    println!("{:?}", p);
}
