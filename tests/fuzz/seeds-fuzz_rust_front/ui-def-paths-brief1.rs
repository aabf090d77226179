//@ compile-flags: --edition 2021 --print def-paths
fn main() {
    #[cfg(a)]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}
