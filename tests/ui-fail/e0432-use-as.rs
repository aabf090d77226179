//@ error: E0432
//@ compile-flags: --edition 2021
// A renaming import of a missing item.
mod io {
    pub fn read() -> i32 { 0 }
}
use io::write as put; //~ ERROR E0432
pub fn f() {}
