//@ error: E0384
//@ compile-flags: --edition 2021
// Compound assignment to an immutable local inside a loop.
pub fn f() -> u64 {
    let total = 0;
    for i in 0..4u64 {
        total += i; //~ ERROR E0384
    }
    total
}
