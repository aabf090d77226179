//@ compile-flags: --edition 2021
// return, break and continue in every position: as expressions, with values, in match arms.

fn sign(n: i32) -> i32 {
    match n {
        0 => return 0,
        x if x < 0 => return -1,
        _ => {}
    }
    1
}

fn find(v: &[i32], target: i32) -> Option<usize> {
    for i in 0..v.len() {
        if v[i] == target {
            return Some(i);
        }
    }
    None
}

fn early_unit(flag: bool) {
    if flag {
        return;
    }
    println!("not returned early");
}

fn diverge_value(x: Option<i32>) -> i32 {
    let v = match x {
        Some(v) => v,
        None => return -1,
    };
    v * 2
}

fn main() {
    let mut evens = Vec::new();
    for i in 0..10 {
        if i % 2 == 1 {
            continue;
        }
        if i > 6 {
            break;
        }
        evens.push(i);
    }
    let mut n = 0;
    let r = loop {
        n += 1;
        let _ = if n < 3 { continue } else { 0 };
        break n;
    };
    let mut k = 0;
    while k < 10 {
        k += 1;
        match k {
            3 => continue,
            8 => break,
            _ => (),
        }
    }
    let closure_ret = |x: i32| {
        if x > 0 {
            return "pos";
        }
        "non-pos"
    };
    early_unit(true);
    early_unit(false);
    println!("{} {} {:?} {:?} {} {} {} {}", sign(-4), sign(0), find(&[4, 5], 5), evens, r, k, diverge_value(None), closure_ret(1));
}
