// A singly linked list with Box and Option.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push(head: Option<Box<Node>>, value: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { value, next: head }))
}

fn sum(list: &Option<Box<Node>>) -> i32 {
    match list {
        None => 0,
        Some(node) => node.value + sum(&node.next),
    }
}

fn len(mut cur: &Option<Box<Node>>) -> usize {
    let mut n = 0;
    while let Some(node) = cur {
        n += 1;
        cur = &node.next;
    }
    n
}

fn main() {
    let mut list = None;
    for i in 1..=5 {
        list = push(list, i * i);
    }
    println!("sum = {}", sum(&list));
    println!("len = {}", len(&list));
    if let Some(head) = &list {
        println!("head = {}", head.value);
    }
    let small = push(push(None, 1), 2);
    println!("{:?}", small);
}
