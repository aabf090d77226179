// The brief's first program, made to print: a #[cfg(a)] closure removed
// (no --cfg a), a closure running an Option::map chain, an async closure
// that is created but never run.
fn main() {
    #[cfg(a)]
    || ();
    let chain = || {
        Some(())
            .map(|_| ())
            .map(|y| y)
    };
    println!("{:?}", chain());
    let _never = async || {};
    #[cfg(a)]
    println!("cfg a is set");
    #[cfg(not(a))]
    println!("cfg a is not set");
    println!("done");
}
