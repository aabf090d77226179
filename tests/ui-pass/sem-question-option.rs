//@ compile-flags: --edition 2021
// `?` on Option: early return of None, chained through method results and fields.

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn second(n: &Node) -> Option<i32> {
    let next = n.next.as_ref()?;
    Some(next.value)
}

fn sum_first_last(v: &Vec<i32>) -> Option<i32> {
    Some(*v.first()? + *v.last()?)
}

fn checked(a: u8, b: u8, c: u8) -> Option<u8> {
    let ab = a.checked_add(b)?;
    ab.checked_mul(c)
}

fn main() {
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    assert_eq!(second(&list), Some(2));
    assert_eq!(sum_first_last(&vec![]), None);
    assert_eq!(checked(100, 100, 2), None);
    let inline = || -> Option<i32> { Some(second(&list)? * 10) };
    println!("{:?} {:?} {:?} {:?}", second(&list), sum_first_last(&vec![3, 4, 5]), checked(1, 2, 3), inline());
}
