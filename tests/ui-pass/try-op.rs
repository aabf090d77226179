//@ compile-flags: --edition 2021
// The ? operator on Result and Option, chained, on method results, in closures returning
// Option/Result, and with a user error enum.

#[derive(Debug)]
enum AppError {
    Empty,
    Negative(i64),
}

fn digits(s: &str) -> Result<i64, AppError> {
    if s.is_empty() {
        return Err(AppError::Empty);
    }
    Ok(s.len() as i64)
}

fn check_positive(n: i64) -> Result<i64, AppError> {
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn sum_pair(a: &str, b: i64) -> Result<i64, AppError> {
    Ok(digits(a)? + check_positive(b)?)
}

fn first_even(v: &Vec<i32>) -> Option<i32> {
    let f = *v.first()?;
    if f % 2 == 0 { Some(f) } else { None }
}

fn nested(v: &Vec<Vec<i32>>) -> Option<i32> {
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
    println!("{:?} {:?} {:?}", sum_pair("12", 2), sum_pair("", 2), sum_pair("1", -3));
    println!("{:?} {:?}", first_even(&vec![4, 1]), first_even(&vec![]));
    println!("{:?}", nested(&vec![vec![1, 5]]));
    let n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })) };
    println!("{:?}", third(&n));
    let parse = |s: &str| -> Result<i64, AppError> { Ok(digits(s)? + 1) };
    let opt = || -> Option<u8> { Some(Some(3)?) };
    println!("{:?} {:?}", parse("4"), opt());
}
