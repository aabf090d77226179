//@ compile-flags: --edition 2021
// match with tuple, struct and tuple-struct patterns, nested, with `..` rest and literals.

struct Point {
    x: i32,
    y: i32,
}

struct Rgb(u8, u8, u8);

fn quadrant(p: &Point) -> &'static str {
    match (p.x > 0, p.y > 0) {
        (true, true) => "I",
        (false, true) => "II",
        (false, false) => "III",
        (true, false) => "IV",
    }
}

fn describe(p: Point) -> String {
    match p {
        Point { x: 0, y: 0 } => String::from("origin"),
        Point { x: 0, y } => format!("on y at {}", y),
        Point { y: 0, .. } => String::from("on x"),
        Point { x, y } => format!("({}, {})", x, y),
    }
}

fn gray(c: Rgb) -> bool {
    match c {
        Rgb(r, g, b) if r == g && g == b => true,
        Rgb(0, ..) | Rgb(.., 0) => false,
        Rgb(_, _, _) => false,
    }
}

fn main() {
    assert_eq!(quadrant(&Point { x: -1, y: 2 }), "II");
    assert_eq!(describe(Point { x: 0, y: 4 }).as_str(), "on y at 4");
    assert!(gray(Rgb(9, 9, 9)) && !gray(Rgb(0, 1, 2)));
    let (a, (b, c)) = (1, (2.5, 'z'));
    println!("{} {} {} {} {}", describe(Point { x: 3, y: 5 }), describe(Point { x: 7, y: 0 }), a, b, c);
}
