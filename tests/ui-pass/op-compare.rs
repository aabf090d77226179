//@ compile-flags: --edition 2021
// Comparison operators, including on generic-looking expressions.

use std::cmp::Ordering;

#[derive(PartialEq, Debug)]
struct Score(u32);

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Score) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let a = 3;
    let b = 7;
    let lt = a < b;
    let le = a <= b;
    let gt = a > b;
    let ge = a >= b;
    let eq = a == b;
    let ne = a != b;
    let s = Score(1) < Score(2);
    let strs = 'a' < 'b' && "apple" != "banana";
    let cast_cmp = (a as i64) < (b as i64);
    let arith_cmp = a + 1 < b * 2;
    let chained = a < b && b < 10;
    let floats = 0.1 + 0.2 != 0.3;
    let v = vec![1, 2] == vec![1, 2];
    let opt = Some(3) != None && Score(2) >= Score(2);
    println!("{} {} {} {} {} {} {} {}", lt, le, gt, ge, eq, ne, s, strs);
    println!("{} {} {} {} {} {}", cast_cmp, arith_cmp, chained, floats, v, opt);
}
