mod nowhere;
fn main() {}
