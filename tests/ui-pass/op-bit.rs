//@ compile-flags: --edition 2021
// Bitwise operators and shifts, including `>>` that must not close generics.

fn mask<T: Copy>(x: T, widen: fn(T) -> u64) -> u64 {
    widen(x) & 0xFF
}

fn main() {
    let a: u32 = 0b1100;
    let b: u32 = 0b1010;
    let and = a & b;
    let or = a | b;
    let xor = a ^ b;
    let not = !a;
    let shl = a << 2;
    let shr = a >> 1;
    let combo = a & b | a ^ b;
    let shift_prec = 1 << 2 + 1;
    let v: Vec<Vec<u8>> = vec![vec![1 >> 0]];
    let o: Option<Option<i32>> = Some(Some(8 >> 1));
    let signed = -16i32 >> 2;
    let m = mask(300u32, |x| x as u64);
    println!("{} {} {} {} {} {} {} {}", and, or, xor, not, shl, shr, combo, shift_prec);
    println!("{:?} {:?} {} {}", v, o, signed, m);
}
