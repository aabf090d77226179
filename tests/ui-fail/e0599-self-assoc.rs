//@ error: E0599
//@ compile-flags: --edition 2021
// `Self::` of an associated function the impl does not define.
pub struct Stack { items: Vec<i32> }
impl Stack {
    pub fn new() -> Self {
        Self::empty() //~ ERROR E0599
    }
}
