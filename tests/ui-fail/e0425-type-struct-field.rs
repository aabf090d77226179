//@ error: E0425
//@ compile-flags: --edition 2021
// Unknown type in a struct field.
pub struct Account {
    pub id: u64,
    pub owner: Person, //~ ERROR E0425
}
