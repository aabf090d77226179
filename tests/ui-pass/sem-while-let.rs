//@ compile-flags: --edition 2021
// while let over a Vec used as a stack, with tuple patterns, and with a counter option.

fn main() {
    let mut stack = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let mut letters = String::new();
    let mut sum = 0;
    while let Some((n, c)) = stack.pop() {
        sum += n;
        letters.push(c);
    }
    assert_eq!(letters.as_str(), "cba");
    let mut remaining = Some(10u32);
    let mut steps = 0;
    while let Some(n) = remaining {
        remaining = n.checked_sub(3);
        steps += 1;
    }
    let mut nested = vec![Some(1), None, Some(3)];
    let mut seen = 0;
    while let Some(Some(x)) = nested.pop() {
        seen += x;
    }
    println!("{} {} {} {}", sum, letters, steps, seen);
}
