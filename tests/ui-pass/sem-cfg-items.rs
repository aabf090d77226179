//@ compile-flags: --edition 2021 --cfg fast
// #[cfg] decides which of two same-named items exists, removes a field, statement and match
// arm, and code under a false cfg is never resolved or type-checked.

#[cfg(fast)]
fn speed() -> u32 {
    10
}

#[cfg(not(fast))]
fn speed() -> &'static str {
    "slow"
}

struct Settings {
    level: u8,
    #[cfg(not(fast))]
    missing: UndefinedType,
}

#[cfg(any())]
fn never() {
    let x: u8 = "not a number";
    undefined_function(x);
}

fn main() {
    let s = Settings { level: 3 };
    let mut n = speed() * 2;
    #[cfg(not(fast))]
    let n: &str = undefined_name;
    #[cfg(fast)]
    {
        n += 1;
    }
    let word = match n {
        21 => "twenty-one",
        #[cfg(not(fast))]
        x => x,
        _ => "other",
    };
    assert_eq!(n, 21);
    println!("{} {} {}", s.level, n, word);
}
