//@ error: E0599
//@ compile-flags: --edition 2021
// An enum variant that does not exist.
pub enum Light { Red, Green }
pub fn f() -> Light {
    Light::Blue //~ ERROR E0599
}
