//@ compile-flags: --edition 2021 --cfg a --print def-paths
fn main() {
    #[cfg(a)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}
