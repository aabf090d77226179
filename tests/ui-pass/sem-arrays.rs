//@ compile-flags: --edition 2021
// Arrays: `[a, b]` and `[x; N]` literals, element type inference, indexing and index
// assignment, arrays passed by value (Copy) and by reference, nested arrays, len.

fn sum(xs: [i32; 4]) -> i32 {
    xs[0] + xs[1] + xs[2] + xs[3]
}

fn bump_all(xs: &mut [i32; 4]) {
    for i in 0..4 {
        xs[i] += 1;
    }
}

fn main() {
    let mut a = [1, 2, 3, 4];
    let copy = a;
    bump_all(&mut a);
    assert_eq!(sum(a), 14);
    assert_eq!(sum(copy), 10);
    let zeros = [0u64; 8];
    let mut grid = [[' '; 3]; 2];
    grid[1][2] = 'x';
    let names = [String::from("a"), String::from("b")];
    let idx = names.len() - 1;
    assert_eq!(zeros.len(), 8);
    println!("{:?} {:?} {:?} {} {}", a, copy, grid, names[idx], zeros[7]);
}
