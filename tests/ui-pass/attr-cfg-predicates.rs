//@ compile-flags: --edition 2021 --cfg fast --cfg 'mode="release"'
// cfg predicates: names, name = "value", not, all, any, nested, set from the command line.

#[cfg(fast)]
fn speed() -> &'static str {
    "fast"
}

#[cfg(not(fast))]
fn speed() -> &'static str {
    "slow"
}

#[cfg(mode = "release")]
const MODE: u8 = 1;

#[cfg(not(mode = "release"))]
const MODE: u8 = 0;

#[cfg(all(fast, mode = "release"))]
fn both() -> bool {
    true
}

#[cfg(any(not(fast), not(mode = "release")))]
fn both() -> bool {
    false
}

#[cfg(any(target_os = "linux", target_os = "macos", windows, unix))]
fn platform_known() -> bool {
    true
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows, unix)))]
fn platform_known() -> bool {
    false
}

#[cfg(all())]
fn always() {}

#[cfg(any())]
fn never() {
    // cfg'd out: names here are never resolved
    let _ = undefined_function(missing_value);
}

#[cfg(all(not(any()), debug_assertions))]
fn debug_only() -> bool {
    true
}

#[cfg(not(debug_assertions))]
fn debug_only() -> bool {
    false
}

fn main() {
    always();
    println!("{} {} {} {} {}", speed(), MODE, both(), platform_known(), debug_only());
}
