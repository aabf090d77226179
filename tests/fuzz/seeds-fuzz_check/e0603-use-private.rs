//@ error: E0603
//@ compile-flags: --edition 2021
// Importing a private function.
mod net {
    fn connect() {}
    pub fn run() { connect() }
}
use net::connect; //~ ERROR E0603
pub fn f() { connect() }
