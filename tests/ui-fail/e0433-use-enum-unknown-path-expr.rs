//@ error: E0433
//@ compile-flags: --edition 2021
// A call through a type-like path that was never declared, inside a closure.
pub fn f() -> i32 {
    let g = || Parser::parse(1); //~ ERROR E0433
    g()
}
