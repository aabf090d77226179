fn main() {
    #[cfg(a)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}

fn helper(x: i64) -> i64 {
    let double = |v: i64| v * 2;
    double(x)
}
