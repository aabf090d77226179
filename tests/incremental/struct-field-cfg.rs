// A struct field behind a revision cfg (present in rpass2 only): the struct
// is red in rpass2 and rpass3, the fns that do not mention the field stay
// green, as does a second struct.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, adt_def")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, adt_def")]
struct Config {
    name: String,
    #[cfg(rpass2)]
    verbose: bool,
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
struct Other(i32, #[cfg(any())] u8);

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn name_len(c: &Config) -> usize {
    let f = |s: &String| s.len();
    f(&c.name)
}

fn main() {}
