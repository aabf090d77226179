//@ compile-flags: --error-format=json
fn main() {
    let x = ;
}
