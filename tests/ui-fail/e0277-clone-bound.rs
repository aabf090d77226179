//@ error: E0277
//@ compile-flags: --edition 2021
// A Clone bound not satisfied by a plain struct.
pub struct Handle(u32);
fn dup<T: Clone>(t: T) -> (T, T) { (t.clone(), t) }
pub fn f() {
    let p = dup(Handle(1)); //~ ERROR E0277
    let _ = p;
}
