//@ compile-flags: --edition 2021
// while let over stacks, with tuple, @-range and or-patterns.

fn main() {
    let mut stack = vec![1, 2, 3];
    let mut popped = Vec::new();
    while let Some(top) = stack.pop() {
        popped.push(top);
    }
    let mut chars = vec!['3', 'c', '2', 'b', '1', 'a'];
    let mut digits = String::new();
    while let Some(c) = chars.pop() {
        if let '0'..='9' = c {
            digits.push(c);
        }
    }
    let mut pairs = vec![(2, 'b'), (1, 'a')];
    while let Some((n, c)) = pairs.pop() {
        println!("{} {}", n, c);
    }
    let mut opt: Option<u32> = Some(5);
    while let Some(n @ 1..) = opt {
        opt = n.checked_sub(2);
    }
    let mut res: Vec<Result<i32, i32>> = vec![Ok(1), Err(2), Ok(3)];
    while let Some(Ok(v) | Err(v)) = res.pop() {
        print!("{} ", v);
    }
    println!();
    println!("{:?} {} {:?}", popped, digits, opt);
}
