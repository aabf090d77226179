//@ compile-flags: --edition 2021
// The ? operator on Result and Option, chained, in closures returning Option/Result.
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn sum_pair(a: &str, b: &str) -> Result<i64, AppError> {
    Ok(parse_positive(a)? + parse_positive(b)?)
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    c.to_uppercase().next()
}

fn nested(v: &[Vec<i32>]) -> Option<i32> {
    Some(*v.first()?.last()? * 2)
}

struct Node {
    next: Option<Box<Node>>,
    val: i32,
}

fn third(n: &Node) -> Option<i32> {
    Some(n.next.as_ref()?.next.as_ref()?.val)
}

fn main() {
    println!("{:?} {:?} {:?}", sum_pair("1", "2"), sum_pair("x", "2"), sum_pair("-3", "1"));
    println!("{:?} {:?}", first_char_upper("abc"), first_char_upper(""));
    println!("{:?}", nested(&[vec![1, 5]]));
    let n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })) };
    println!("{:?}", third(&n));
    let parse = |s: &str| -> Result<u8, ParseIntError> { Ok(s.parse::<u8>()? + 1) };
    let opt = || -> Option<u8> { Some(Some(3)?) };
    println!("{:?} {:?}", parse("4"), opt());
}
