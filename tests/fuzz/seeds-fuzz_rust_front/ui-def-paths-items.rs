//@ compile-flags: --edition 2021 --print def-paths
struct S;
impl S { fn m(&self) -> i32 { let c = || 1; c() } }
impl S { fn n() {} }
trait T { fn d(&self) { let _ = || 2; } }
impl T for S {}
async fn af(x: i32) -> i32 { let b = async { 1 }; b.await + x }
const K: usize = { let _f = || 3; 3 };
fn g() -> [i32; 2] { [0; { let _h = || 2; 2 }] }
enum E { A = { let _q = || 1; 1 }, B }
fn main() {
    #[cfg(a)]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
    let v = async move { 5 };
    fn inner() { let z = || 0; z(); }
    let w = |x: i32| async move { x };
    let _ = (v, w, K, g(), E::B);
}
