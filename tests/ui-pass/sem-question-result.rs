//@ compile-flags: --edition 2021
// `?` on Result: propagating a user error enum, in methods, in closures returning Result,
// and in an async fn returning Result.

#[derive(Debug, PartialEq)]
enum ParseError {
    Empty,
    BadDigit(char),
}

fn digit(c: char) -> Result<u32, ParseError> {
    match c {
        '0'..='9' => Ok(c as u32 - '0' as u32),
        other => Err(ParseError::BadDigit(other)),
    }
}

fn number(chars: &Vec<char>) -> Result<u32, ParseError> {
    if chars.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut n = 0;
    for c in chars {
        n = n * 10 + digit(*c)?;
    }
    Ok(n)
}

async fn load(chars: Vec<char>) -> Result<u32, ParseError> {
    let n = number(&chars)?;
    Ok(n + 1)
}

fn main() {
    assert_eq!(number(&vec!['4', '2']), Ok(42));
    assert_eq!(number(&vec!['4', 'x']), Err(ParseError::BadDigit('x')));
    let sum = |a: char, b: char| -> Result<u32, ParseError> { Ok(digit(a)? + digit(b)?) };
    let fut = load(vec!['7']);
    drop(fut);
    println!("{:?} {:?} {:?}", sum('3', '4'), sum('3', '?'), number(&vec![]));
}
