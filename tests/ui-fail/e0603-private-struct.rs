//@ error: E0603
//@ compile-flags: --edition 2021
// Naming a private struct of another module.
mod shapes {
    struct Square { pub side: u32 }
    pub fn make() {}
}
pub fn f() {
    let s = shapes::Square { side: 2 }; //~ ERROR E0603
    let _ = s;
}
