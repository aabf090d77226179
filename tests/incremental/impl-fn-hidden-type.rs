// A fn returning `impl Fn`: an edit of its body changes the hidden closure type (here, what
// it captures), which the caller's unit must see although the caller's text is unchanged.
// rpass3 goes back to rpass1's text: smelt names objects by their C text, so rpass1's are reused.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021
#![feature(rustc_attrs)]
#![rustc_partition_codegened(module = "impl_fn_hidden_type-make", cfg = "rpass2")]
#![rustc_partition_reused(module = "impl_fn_hidden_type-make", cfg = "rpass3")]

mod make {
    #[cfg(not(rpass2))]
    pub fn scaler(k: i64) -> impl Fn(i64) -> i64 {
        move |x| x * k
    }

    #[cfg(rpass2)]
    pub fn scaler(k: i64) -> impl Fn(i64) -> i64 {
        let offset = String::from("ab");
        move |x| x * k + offset.len() as i64
    }

    pub fn twice<F: Fn(i64) -> i64>(f: F) -> impl Fn(i64) -> i64 {
        move |x| f(f(x))
    }
}

fn main() {
    let s = make::scaler(3);
    let t = make::twice(make::scaler(2));
    println!("{} {}", s(5), t(7));
    #[cfg(not(rpass2))]
    assert_eq!(s(5) + t(7), 43);
    #[cfg(rpass2)]
    assert_eq!(s(5) + t(7), 17 + 34);
}
