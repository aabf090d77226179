//@ compile-flags: --edition 2021
// Lint attributes: allow / warn at crate, item, field, statement and expression-statement level.
#![allow(dead_code)]
#![warn(unused_imports, unused_mut)]

#[allow(non_camel_case_types)]
struct weird_name;

#[warn(missing_docs)]
pub fn documented() {}

#[allow(unused_variables, unused_assignments)]
fn sloppy() {
    let x = 1;
    let mut y = 2;
    y = 3;
}

struct Config {
    #[allow(dead_code)]
    unused_field: u8,
    used: u8,
}

#[allow(clippy::all)]
#[inline]
fn fast() -> u8 {
    7
}

#[must_use]
fn important() -> u32 {
    42
}

#[allow(unused)]
mod quiet {
    fn nobody_calls_me() {}
}

fn main() {
    #[allow(unused_variables)]
    let ignored = 1;
    #[allow(unused_must_use)]
    important();
    let c = Config { unused_field: 0, used: 5 };
    #[allow(unused_parens)]
    let z = (fast());
    sloppy();
    documented();
    println!("{} {}", c.used, z);
}
