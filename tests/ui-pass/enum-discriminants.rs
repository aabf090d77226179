//@ compile-flags: --edition 2021
// Explicit discriminants, negative values, expressions, casts to integers.

#[derive(Debug, Clone, Copy)]
enum Status {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
    Internal = 500,
}

#[derive(Clone, Copy)]
enum Sign {
    Minus = -1,
    Zero = 0,
    Plus = 1,
}

const BASE: isize = 10;

enum Computed {
    A = BASE,
    B = BASE * 2 + 1,
    C,
    D = 1 << 6,
}

enum Flags {
    Read = 0b001,
    Write = 0b010,
    Exec = 0x4,
}

fn main() {
    let s = Status::NotFound;
    let code = s as u16;
    let sign = Sign::Minus as i8 + Sign::Plus as i8 + Sign::Zero as i8;
    let c = Computed::C as isize;
    let all = Flags::Read as u8 | Flags::Write as u8 | Flags::Exec as u8;
    println!("{:?} {} {} {} {} {} {} {}", s, code, Status::Ok as i32, Status::Teapot as i32 + Status::Internal as i32, sign, c, Computed::A as isize + Computed::B as isize + Computed::D as isize, all);
}
