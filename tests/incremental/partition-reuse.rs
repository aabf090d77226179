// Codegen-unit reuse, as rustc's own tests assert it: editing a fn of one module re-emits
// that module's unit only; an unchanged revision reuses every unit.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021
#![feature(rustc_attrs)]
#![rustc_partition_reused(module = "partition_reuse-shapes", cfg = "rpass2")]
#![rustc_partition_codegened(module = "partition_reuse-text", cfg = "rpass2")]
#![rustc_partition_reused(module = "partition_reuse", cfg = "rpass2")]
#![rustc_partition_reused(module = "partition_reuse-shapes", cfg = "rpass3")]
#![rustc_partition_reused(module = "partition_reuse-text", cfg = "rpass3")]
#![rustc_partition_reused(module = "partition_reuse", cfg = "rpass3")]

mod shapes {
    pub fn area(w: i64, h: i64) -> i64 {
        w * h
    }
}

mod text {
    #[cfg(rpass1)]
    pub fn greet(n: i64) -> i64 {
        n + 1
    }

    #[cfg(not(rpass1))]
    pub fn greet(n: i64) -> i64 {
        n + 2
    }
}

fn main() {
    let a = shapes::area(3, 4);
    let b = text::greet(40);
    assert!(a + b > 50);
    println!("{} {}", a, b);
}
