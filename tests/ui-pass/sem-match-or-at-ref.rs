//@ compile-flags: --edition 2021
// Or-patterns (top level and nested), `@` bindings with ranges and sub-patterns, `ref` and
// `ref mut` bindings, reference patterns `&x`.

#[derive(Debug)]
enum Cmd {
    Move(i32),
    Jump(i32),
    Stop,
}

fn distance(c: &Cmd) -> i32 {
    match c {
        Cmd::Move(n) | Cmd::Jump(n) => *n,
        Cmd::Stop => 0,
    }
}

fn size(n: u32) -> String {
    match n {
        small @ 0..=9 => format!("small {}", small),
        big @ (10 | 20 | 30) => format!("round {}", big),
        other => format!("other {}", other),
    }
}

fn main() {
    let cmds = vec![Cmd::Move(3), Cmd::Jump(4), Cmd::Stop];
    let mut total = 0;
    for c in &cmds {
        total += distance(c);
    }
    assert_eq!(total, 7);
    let mut pair = (String::from("k"), 1);
    match pair {
        (ref name, ref mut count) => *count += name.len(),
    }
    let whole @ Some(inner) = Some(5) else { panic!() };
    let &(a, b) = &(1, 2);
    let r = match &pair.1 {
        &2 => "two",
        _ => "not two",
    };
    println!("{} {} {} {:?} {} {} {} {:?}", size(5), size(20), size(77), whole, inner, a + b, r, pair);
}
