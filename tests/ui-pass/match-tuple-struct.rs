//@ compile-flags: --edition 2021
// Tuple-struct patterns: newtypes, nested, rest, std Some/Ok/Err.

struct Rgb(u8, u8, u8);
struct Wrapper(Option<i32>);
struct Pair(i32, i32);

fn brightness(c: &Rgb) -> &'static str {
    match c {
        Rgb(0, 0, 0) => "black",
        Rgb(255, 255, 255) => "white",
        Rgb(r, ..) if *r > 200 => "reddish",
        Rgb(.., b) if *b > 200 => "bluish",
        Rgb(_, g, _) if *g > 200 => "greenish",
        _ => "other",
    }
}

fn main() {
    let colors = vec![Rgb(0, 0, 0), Rgb(255, 255, 255), Rgb(250, 0, 0), Rgb(0, 0, 250), Rgb(1, 2, 3)];
    for c in &colors {
        println!("{}", brightness(c));
    }
    let w = Wrapper(Some(3));
    match w {
        Wrapper(Some(n)) => println!("some {}", n),
        Wrapper(None) => println!("none"),
    }
    let Pair(a, b) = Pair(1, 2);
    let res: Result<Pair, String> = Ok(Pair(3, 4));
    match res {
        Ok(Pair(x, y)) => println!("{} {}", x, y),
        Err(e) => println!("{}", e),
    }
    let nested = Some(Ok::<i32, ()>(5));
    if let Some(Ok(v)) = nested {
        println!("{} {} {}", v, a, b);
    }
}
