//@ error: E0433
//@ compile-flags: --edition 2021
// Implementing fmt::Display without importing `std::fmt`.
pub struct P;
impl std::fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> std::fmt::Result { //~ ERROR E0433
        write!(f, "P")
    }
}
