//@ compile-flags: --edition 2021
// String, Vec<T>, Box<T>, Option<T>, Result<T, E> in signatures, nested generics, `>>` closing.

#[derive(Debug)]
struct List {
    head: Option<Box<Node>>,
}

#[derive(Debug)]
struct Node {
    value: String,
    next: Option<Box<Node>>,
}

fn lookup(v: &Vec<String>, i: usize) -> Option<&String> {
    v.get(i)
}

fn lengths(items: Vec<&str>) -> Result<Vec<i32>, String> {
    let mut out: Vec<i32> = Vec::new();
    for s in items {
        match s.len() {
            0 => return Err(format!("{:?}: empty", s)),
            n => out.push(n as i32),
        }
    }
    Ok(out)
}

fn boxed(n: i32) -> Box<i32> {
    Box::new(n)
}

fn deep() -> Option<Result<Vec<Box<u8>>, String>> {
    Some(Ok(vec![Box::new(1)]))
}

fn main() {
    let s: String = String::from("hello");
    let v: Vec<String> = vec![s.clone(), "world".to_string()];
    let o: Option<&String> = lookup(&v, 1);
    let r: Result<Vec<i32>, String> = lengths(vec!["1", "22"]);
    let b: Box<i32> = boxed(5);
    let vv: Vec<Vec<Option<i32>>> = vec![vec![Some(1), None]];
    let list = List { head: Some(Box::new(Node { value: "a".to_string(), next: None })) };
    let nested: Option<Option<Option<u8>>> = Some(Some(None));
    let res_opt: Result<Option<String>, ()> = Ok(None);
    println!("{} {:?} {:?} {:?} {} {:?} {:?}", s, v, o, r, *b, vv, list);
    println!("{:?} {:?} {:?}", nested, res_opt, deep());
}
