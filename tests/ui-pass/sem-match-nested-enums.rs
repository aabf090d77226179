//@ compile-flags: --edition 2021
// Exhaustive matching on nested Option/Result and a user enum without a wildcard arm.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Low,
    High,
}

fn read(r: Option<Result<Level, String>>) -> String {
    match r {
        None => String::from("nothing"),
        Some(Ok(Level::Low)) => String::from("low"),
        Some(Ok(Level::High)) => String::from("high"),
        Some(Err(e)) => format!("error: {}", e),
    }
}

fn both(a: Option<bool>, b: Option<bool>) -> u8 {
    match (a, b) {
        (Some(true), Some(true)) => 3,
        (Some(true), _) => 2,
        (_, Some(true)) => 1,
        (Some(false) | None, Some(false) | None) => 0,
    }
}

fn main() {
    assert_eq!(read(Some(Ok(Level::High))).as_str(), "high");
    assert_eq!(both(None, Some(true)), 1);
    assert_eq!(both(Some(false), None), 0);
    println!("{} {} {}", read(None), read(Some(Err(String::from("bad")))), read(Some(Ok(Level::Low))));
}
