//@ compile-flags: --edition 2021
// References: `&mut` parameters modified through `*`, references to references, explicit
// deref for comparison and arithmetic, returning references tied to inputs.

fn bump(n: &mut u32, by: u32) {
    *n += by;
}

fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_big(v: &Vec<i32>) -> Option<&i32> {
    for x in v {
        if *x > 10 {
            return Some(x);
        }
    }
    None
}

fn swap_ends(v: &mut Vec<char>) {
    let last = v.len() - 1;
    v.swap(0, last);
}

fn main() {
    let mut n = 1;
    bump(&mut n, 4);
    let r = &n;
    let rr = &r;
    assert_eq!(**rr + 1, 6);
    assert!(*r == 5);
    let v = vec![3, 12, 40];
    let found = first_big(&v);
    assert_eq!(found, Some(&12));
    let mut letters = vec!['a', 'b', 'c'];
    swap_ends(&mut letters);
    let m = &mut letters;
    m.push('d');
    println!("{} {} {:?} {:?}", n, longer("abc", "de"), found, letters);
}
