//@ error: E0603
//@ compile-flags: --edition 2021
// A `use` group naming one public and one private item.
mod shapes {
    pub struct Circle;
    struct Secret;
}
use shapes::{Circle, Secret}; //~ ERROR E0603
pub fn f() -> (Circle, Secret) {
    (Circle, Secret)
}
