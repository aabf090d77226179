//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let x = 1;
    println!("{}", x);
}
}

fn after() {}
