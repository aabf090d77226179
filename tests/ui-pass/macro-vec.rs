//@ compile-flags: --edition 2021
// vec! in both forms: element list and [elem; count], nested, empty, with trailing commas.

fn main() {
    let empty: Vec<i32> = vec![];
    let list = vec![1, 2, 3];
    let trailing = vec![
        "a",
        "b",
    ];
    let repeated = vec![0u8; 10];
    let n = 3;
    let dynamic = vec![String::new(); n];
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let grid = vec![vec![0; 4]; 2];
    let exprs = vec![n * 2, n + 1, list.len()];
    let parens = vec!(1, 2);
    let braces = vec! { 'x', 'y' };
    let mut v = vec![1; 0];
    v.push(5);
    let tuples = vec![(1, 'a'), (2, 'b')];
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?}", empty, list, trailing, repeated, dynamic, nested, grid);
    println!("{:?} {:?} {:?} {:?} {:?}", exprs, parens, braces, v, tuples);
}
