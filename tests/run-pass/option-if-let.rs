// if let, else-if-let chains, while let, let-else.
fn lookup(key: &str) -> Option<u32> {
    match key {
        "one" => Some(1),
        "two" => Some(2),
        _ => None,
    }
}

fn parse_digit(c: char) -> Option<u32> {
    let Some(d) = c.to_digit(10) else {
        return None;
    };
    Some(d * 10)
}

fn main() {
    for k in ["one", "two", "three"] {
        if let Some(v) = lookup(k) {
            println!("{} -> {}", k, v);
        } else {
            println!("{} missing", k);
        }
    }
    let pair = (lookup("one"), lookup("zzz"));
    if let (Some(a), None) = pair {
        println!("first only {}", a);
    }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("top {}", top);
    }
    println!("{:?} {:?}", parse_digit('7'), parse_digit('x'));
    let x: Option<Option<i32>> = Some(None);
    if let Some(Some(v)) = x {
        println!("inner {}", v);
    } else if let Some(None) = x {
        println!("outer only");
    }
    let mut n = Some(0);
    while let Some(i) = n {
        n = if i < 3 { Some(i + 1) } else { None };
        print!("{} ", i);
    }
    println!();
}
