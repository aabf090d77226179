//@ error: E0603
//@ compile-flags: --edition 2021
// A path through a private module.
mod outer {
    mod inner {
        pub fn g() -> i32 { 1 }
    }
    pub fn h() -> i32 { inner::g() }
}
pub fn f() -> i32 {
    outer::inner::g() //~ ERROR E0603
}
