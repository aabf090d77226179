//@ error: E0599
//@ compile-flags: --edition 2021
// An associated const that the type does not define.
pub struct Grid;
impl Grid {
    pub const WIDTH: usize = 8;
}
pub fn f() -> usize {
    Grid::WIDTH * Grid::HEIGHT //~ ERROR E0599
}
