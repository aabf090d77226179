//@ compile-flags: --edition 2021
//@ rustc-agrees
const LIMIT: u32;
static NAME: &str;
type Alias;

struct Counter;

impl Counter {
    fn get(&self) -> u32;
    const START: u32;
}

trait Shape {
    // allowed here: a trait's items may leave their bodies out
    fn area(&self) -> f64;
    const SIDES: u32;
}

fn main() {}
