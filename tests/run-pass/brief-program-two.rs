// The brief's second program, made to print: a cfg'd-out closure, a closure
// containing two closures, an async closure that is never awaited.
fn main() {
    #[cfg(rpass3)]
    || ();
    let outer = || {
        let a = || 1;
        let b = || 2;
        a() + b()
    };
    println!("outer = {}", outer());
    let _unused = async || {};
    let nothing = || {
        || ();
        || ();
    };
    nothing();
    println!("{:?}", nothing());
}
