macro_rules! m {
    () => {};
}

fn main() {}
