// Casts of field-less enums with explicit (also negative) and implicit discriminants.
#[derive(Clone, Copy)]
enum E { A = -3, B, C = 10, D }
enum F { X, Y, Z }
fn main() {
    let all = [E::A, E::B, E::C, E::D];
    for e in all { print!("{} {} ", e as i32, e as u8); }
    println!();
    println!("{} {}", F::Y as usize, F::Z as i8);
}
