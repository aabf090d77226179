// Enum variants behind revision cfgs: one added in rpass2 before the
// existing ones, one removed in rpass3.  The enum is red; a fn matching on
// another enum, and the other enum, stay green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, adt_def")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, adt_def")]
enum Shape {
    #[cfg(not(rpass1))]
    Point,
    Circle(f64),
    #[cfg(not(rpass3))]
    Square { side: f64 },
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
enum Color {
    Red,
    Green,
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn is_red(c: Color) -> bool {
    let test = |c: Color| matches!(c, Color::Red);
    test(c)
}

fn main() {
    let _ = Shape::Circle(1.0);
    let _ = is_red(Color::Green);
}
