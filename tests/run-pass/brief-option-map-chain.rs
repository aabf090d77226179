// Closures in Option::map / and_then chains, capturing from the environment.
fn lookup(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("one"),
        2 => Some("two"),
        _ => None,
    }
}

fn main() {
    let suffix = "!";
    let shout = |id: u32| {
        lookup(id)
            .map(|s| s.to_uppercase())
            .map(|s| format!("{}{}", s, suffix))
    };
    println!("{:?}", shout(1));
    println!("{:?}", shout(3));
    let lens: Option<usize> = Some(String::from("hello"))
        .map(|s| s.len())
        .and_then(|n| if n > 3 { Some(n * 2) } else { None })
        .map(|n| n + 1);
    println!("{:?}", lens);
    let unit = Some(()).map(|_| ()).map(|y| y);
    println!("{:?}", unit);
    let mut calls = 0;
    let counted = Some(5).map(|x| {
        calls += 1;
        x * x
    });
    println!("{:?} after {} call(s)", counted, calls);
    let none: Option<i32> = None;
    let untouched = none.map(|x| {
        calls += 1;
        x
    });
    println!("{:?} after {} call(s)", untouched, calls);
    let nested = Some(2).map(|a| Some(3).map(|b| a * b));
    println!("{:?}", nested);
}
