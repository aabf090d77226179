//@ compile-flags: --edition 2021
// if let with else, `else if let` chains, if let as an expression with a value, and
// nested patterns binding by reference.

enum Msg {
    Text(String),
    Code(u16),
    Pair { a: i32, b: i32 },
    Empty,
}

fn render(m: &Msg) -> String {
    if let Msg::Text(s) = m {
        s.clone()
    } else if let Msg::Code(200..=299) = m {
        String::from("ok")
    } else if let Msg::Pair { a, b: 0 } = m {
        format!("single {}", a)
    } else if let Msg::Empty = m {
        String::new()
    } else {
        String::from("other")
    }
}

fn main() {
    let msgs = vec![Msg::Text(String::from("hi")), Msg::Code(204), Msg::Code(500), Msg::Pair { a: 3, b: 0 }, Msg::Empty];
    let mut out = Vec::new();
    for m in &msgs {
        out.push(render(m));
    }
    let first_code = if let Msg::Code(c) = msgs[1] { c } else { 0 };
    assert_eq!(first_code, 204);
    println!("{:?}", out);
}
