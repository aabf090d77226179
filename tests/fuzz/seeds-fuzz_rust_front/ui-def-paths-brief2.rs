//@ compile-flags: --edition 2021 --print def-paths
fn main() {
    #[cfg(a)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}
