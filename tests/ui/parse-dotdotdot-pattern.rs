//@ compile-flags: --edition 2021
//@ rustc-agrees
fn classify(n: u8) -> &'static str {
    match n {
        0...9 => "digit",
        _ => "other",
    }
}

fn main() {
    println!("{}", classify(4));
}
