//@ compile-flags: --edition 2021
// if let with else, else if let, or-patterns and nested patterns.

enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
}

fn describe(m: &Msg) -> String {
    if let Msg::Move { x, y: 0 } = m {
        format!("horizontal {}", x)
    } else if let Msg::Move { x: 0, y } = m {
        format!("vertical {}", y)
    } else if let Msg::Write(s) = m {
        format!("write {}", s)
    } else if let Msg::Quit | Msg::Move { .. } = m {
        "other".to_string()
    } else {
        unreachable!()
    }
}

fn main() {
    let maybe = Some(5);
    if let Some(n) = maybe {
        println!("got {}", n);
    }
    if let Some(n) = maybe.map(|v| v * 2) {
        println!("doubled {}", n);
    } else {
        println!("none");
    }
    let pair = (1, Some("x"));
    if let (1, Some(s)) = pair {
        println!("{}", s);
    }
    let r: Result<u8, String> = Ok(3);
    let v = if let Ok(x) = r { x } else { 0 };
    if let Some(x) = maybe {
        if x > 3 {
            println!("nested instead of a let chain");
        }
    }
    let msgs = vec![Msg::Quit, Msg::Move { x: 1, y: 0 }, Msg::Move { x: 0, y: 2 }, Msg::Write("hi".to_string())];
    for m in &msgs {
        println!("{}", describe(m));
    }
    println!("{}", v);
}
