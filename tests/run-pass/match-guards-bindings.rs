// Guards, @ bindings, bindings in or-patterns.
fn describe(n: i32) -> String {
    match n {
        x if x < 0 => format!("negative {}", x),
        0 => String::from("zero"),
        x @ 1..=9 => format!("digit {}", x),
        x @ (10 | 20 | 30) => format!("round {}", x),
        x if x % 2 == 0 => format!("even {}", x),
        x => format!("odd {}", x),
    }
}

fn pair(p: (i32, i32)) -> &'static str {
    match p {
        (a, b) if a == b => "same",
        (a, _) | (_, a) if a == 0 => "has zero",
        (a, b) if a + b == 0 => "opposite",
        _ => "other",
    }
}

fn main() {
    for n in [-4, 0, 7, 20, 44, 45] {
        println!("{}", describe(n));
    }
    for p in [(2, 2), (0, 5), (5, 0), (3, -3), (1, 2)] {
        println!("{:?} {}", p, pair(p));
    }
    let msg = match Some(42) {
        Some(n @ 40..=50) => format!("in range: {}", n),
        Some(n) => format!("other: {}", n),
        None => String::from("none"),
    };
    println!("{}", msg);
    let v = Some(3);
    if let Some(x @ 1..=5) = v {
        println!("small {}", x);
    }
}
