//@ error: E0004
//@ compile-flags: --edition 2021
// A match on &str with only literal arms.
pub fn f(cmd: &str) -> u8 {
    match cmd { //~ ERROR E0004
        "start" => 1,
        "stop" => 2,
    }
}
