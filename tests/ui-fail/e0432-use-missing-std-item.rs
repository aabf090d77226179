//@ error: E0432
//@ compile-flags: --edition 2021
// Importing a name that std::cmp does not have.
use std::cmp::maximum; //~ ERROR E0432
pub fn f() -> i32 {
    maximum(1, 2)
}
