//@ error: E0603
//@ compile-flags: --edition 2021
// Naming a private enum of another module.
mod state {
    enum Phase { Start, End }
    pub fn go() {}
}
pub fn f() -> bool {
    let p = state::Phase::Start; //~ ERROR E0603
    let _ = p;
    true
}
