// Matching nested Options and Results, and tuples of them.
fn combine(a: Option<i32>, b: Option<i32>) -> i32 {
    match (a, b) {
        (Some(x), Some(y)) => x + y,
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => 0,
    }
}

fn classify(r: Result<Option<u8>, String>) -> String {
    match r {
        Ok(Some(0)) => String::from("ok zero"),
        Ok(Some(n)) if n > 100 => format!("ok big {}", n),
        Ok(Some(n)) => format!("ok {}", n),
        Ok(None) => String::from("ok nothing"),
        Err(e) => format!("error: {}", e),
    }
}

fn main() {
    println!("{}", combine(Some(1), Some(2)));
    println!("{}", combine(None, Some(5)));
    println!("{}", combine(Some(7), None));
    println!("{}", combine(None, None));
    println!("{}", classify(Ok(Some(0))));
    println!("{}", classify(Ok(Some(200))));
    println!("{}", classify(Ok(Some(12))));
    println!("{}", classify(Ok(None)));
    println!("{}", classify(Err(String::from("boom"))));
    let deep = Some(Some(Some(3)));
    match deep {
        Some(Some(Some(n))) => println!("deep {}", n),
        Some(Some(None)) => println!("two"),
        Some(None) => println!("one"),
        None => println!("none"),
    }
}
