// Tuple, struct, tuple-struct, nested and reference patterns.
struct Point {
    x: i32,
    y: i32,
}

struct Wrap(Point, char);

enum Msg {
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
    Quit,
}

fn handle(m: &Msg) -> String {
    match m {
        Msg::Move { x: 0, y } => format!("vertical {}", y),
        Msg::Move { x, y: 0 } => format!("horizontal {}", x),
        Msg::Move { x, y } => format!("move {} {}", x, y),
        Msg::Write(s) => format!("write {} ({})", s, s.len()),
        Msg::Color(r, _, b) if *r == *b => format!("balanced {}", r),
        Msg::Color(r, g, b) => format!("color {} {} {}", r, g, b),
        Msg::Quit => String::from("quit"),
    }
}

fn main() {
    let p = Point { x: 3, y: -7 };
    let Point { x, y: why } = p;
    println!("{} {}", x, why);
    match p {
        Point { x: 0, .. } => println!("on y axis"),
        Point { y, .. } => println!("y = {}", y),
    }
    let w = Wrap(Point { x: 1, y: 2 }, 'w');
    let Wrap(Point { x: a, y: b }, c) = w;
    println!("{} {} {}", a, b, c);
    let msgs = [
        Msg::Move { x: 0, y: 5 },
        Msg::Move { x: 4, y: 0 },
        Msg::Move { x: 1, y: 1 },
        Msg::Write(String::from("hi")),
        Msg::Color(9, 1, 9),
        Msg::Color(1, 2, 3),
        Msg::Quit,
    ];
    for m in &msgs {
        println!("{}", handle(m));
    }
    let r = &(1, (2, 3));
    let &(one, (two, three)) = r;
    println!("{}", one + two + three);
    match &Some(5) {
        &Some(ref n) => println!("ref {}", n),
        &None => println!("none"),
    }
}
