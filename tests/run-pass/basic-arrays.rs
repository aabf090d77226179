// Arrays: literals, repeat expressions, indexing, length, iteration.
fn sum(a: [i32; 5]) -> i32 {
    let mut s = 0;
    let mut i = 0;
    while i < a.len() {
        s += a[i];
        i += 1;
    }
    s
}

fn main() {
    let a = [1, 2, 3, 4, 5];
    println!("{}", sum(a));
    println!("{}", a.len());
    let mut z = [0u8; 4];
    z[2] = 9;
    println!("{} {} {} {}", z[0], z[1], z[2], z[3]);
    for x in a {
        print!("{} ", x * 10);
    }
    println!();
    let grid = [[1, 2], [3, 4]];
    println!("{}", grid[1][0]);
    println!("{:?}", a);
    println!("{:?}", grid);
}
