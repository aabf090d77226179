//@ rustc-agrees
// No compile-flags: edition 2015, where `async` is an identifier.
fn main() {
    let add = async move |x: i32| x + 1;
}
