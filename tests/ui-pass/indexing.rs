//@ compile-flags: --edition 2021
// Indexing: arrays, vectors, nested, slices, computed indices, assignment, compound assignment.

fn main() {
    let arr = [1, 2, 3, 4];
    let mut v = vec![10, 20, 30];
    let grid = vec![vec![1, 2], vec![3, 4]];
    let a = arr[0] + arr[arr.len() - 1];
    v[1] = 25;
    v[2] += v[0];
    let g = grid[1][0];
    let slice: &[i32] = &arr;
    let s = slice[1];
    let sub = &grid[0];
    let m = sub[sub.len() - 1];
    let i = 2usize;
    let computed = v[i - 1] * arr[(i + 1) % 4];
    let mut matrix = [[0u8; 3]; 3];
    matrix[1][2] = 7;
    let call_index = vec![1, 2, 3][1];
    println!("{} {:?} {} {} {:?} {} {} {} {:?} {}", a, v, g, s, sub, m, computed, i, matrix, call_index);
}
