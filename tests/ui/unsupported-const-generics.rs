//@ compile-flags: --edition 2021
// Const generic parameters (outside smelt's wave-1 subset): declared on a struct, used in
// an array type, instantiated with a turbofish. Kept for the parser.

#[derive(Debug)]
struct Matrix<T, const R: usize, const C: usize> {
    cells: [[T; C]; R],
}

fn main() {
    let m = Matrix::<u8, 2, 3> { cells: [[0; 3]; 2] };
    println!("{:?}", m);
}
