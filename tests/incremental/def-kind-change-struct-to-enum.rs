// Invariant 2 in the type namespace: `Shape` is a struct in rpass1 and
// rpass3 and an enum in rpass2 (a variant Shape::Round appears, and
// Shape::{constructor#0} belongs to a unit struct in one revision and does
// not exist in the other).  A trait `Kind` becomes a struct in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(not(rpass2))]
struct Shape;

#[cfg(rpass2)]
enum Shape {
    Round,
}

#[cfg(not(rpass3))]
trait Kind {}

#[cfg(rpass3)]
struct Kind {
    k: i32,
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
struct Stable {
    x: i32,
}

fn main() {}
