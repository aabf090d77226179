//@ compile-flags: --edition 2021
// Or-patterns: at the top, nested inside tuples/variants, with a leading `|`, with bindings.

enum Cmd {
    Up(u32),
    Down(u32),
    Left,
    Right,
    Stop,
}

fn weekend(day: &str) -> bool {
    matches!(day, "sat" | "sun")
}

fn main() {
    let cmds = vec![Cmd::Up(1), Cmd::Down(2), Cmd::Left, Cmd::Right, Cmd::Stop];
    for c in &cmds {
        let s = match c {
            Cmd::Up(n) | Cmd::Down(n) => format!("vertical {}", n),
            Cmd::Left | Cmd::Right => "horizontal".to_string(),
            | Cmd::Stop => "stop".to_string(),
        };
        println!("{}", s);
    }
    let x = 5;
    let kind = match x {
        1 | 3 | 5 | 7 | 9 => "odd digit",
        0 | 2 | 4 | 6 | 8 => "even digit",
        _ => "big",
    };
    let pair = (1, Some(2));
    let inner = match pair {
        (1 | 2, Some(3 | 4)) => "a",
        (_, Some(2) | None) => "b",
        _ => "c",
    };
    let v = Some(10);
    if let Some(9 | 10) = v {
        println!("nine or ten");
    }
    let (Ok(n) | Err(n)) = Ok::<i32, i32>(4);
    println!("{} {} {} {}", kind, inner, weekend("sun"), n);
}
