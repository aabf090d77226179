//@ error: E0432
//@ compile-flags: --edition 2021
// `self::` import of a missing name.
use self::config::Settings; //~ ERROR E0432
mod config {
    pub struct Config;
}
pub fn f() {}
