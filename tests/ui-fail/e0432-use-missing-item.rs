//@ error: E0432
//@ compile-flags: --edition 2021
// Importing an item that does not exist.
mod util {
    pub fn helper() {}
}
use util::missing; //~ ERROR E0432
pub fn f() {}
