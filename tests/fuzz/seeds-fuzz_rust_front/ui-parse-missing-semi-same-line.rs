//@ compile-flags: --edition 2021
//@ rustc-agrees
fn setup() {}
fn run() {}

fn first() {
    let a = 5 let b = 6;
}

fn second() {
    setup() run();
}

fn third() {
    let x = 1
    let y = x;
}

fn main() {}
