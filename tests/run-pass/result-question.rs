// The ? operator on Result, propagating custom errors through layers.
#[derive(Debug)]
enum ParseError {
    Empty,
    BadChar(char),
    TooBig,
}

fn parse_u8(s: &str) -> Result<u8, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut n: u32 = 0;
    for c in s.chars() {
        let d = c.to_digit(10).ok_or(ParseError::BadChar(c))?;
        n = n * 10 + d;
        if n > 255 {
            return Err(ParseError::TooBig);
        }
    }
    Ok(n as u8)
}

fn parse_pair(a: &str, b: &str) -> Result<(u8, u8), ParseError> {
    let x = parse_u8(a)?;
    let y = parse_u8(b)?;
    Ok((x, y))
}

fn sum_all(items: &[&str]) -> Result<u32, ParseError> {
    let mut total = 0u32;
    for s in items {
        total += parse_u8(s)? as u32;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", parse_u8("42"));
    println!("{:?}", parse_u8(""));
    println!("{:?}", parse_u8("4x2"));
    println!("{:?}", parse_u8("999"));
    println!("{:?}", parse_pair("1", "2"));
    println!("{:?}", parse_pair("1", "z"));
    println!("{:?}", sum_all(&["100", "100", "55"]));
    println!("{:?}", sum_all(&["100", "", "55"]));
    if let Err(e) = parse_pair("300", "1") {
        println!("error {:?}", e);
    }
}
