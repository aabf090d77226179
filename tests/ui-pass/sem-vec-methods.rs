//@ compile-flags: --edition 2021
// Vec: new, with_capacity, push, pop, len, is_empty, insert, remove, get, get_mut, first,
// last, contains, swap, reverse, truncate, extend_from_slice, clear, indexing, vec!.

fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(4);
    assert!(v.is_empty());
    v.push(3);
    v.push(1);
    v.insert(0, 7);
    assert_eq!(v, vec![7, 3, 1]);
    let removed = v.remove(1);
    assert_eq!(removed, 3);
    if let Some(x) = v.get_mut(0) {
        *x += 1;
    }
    assert_eq!(v.get(0), Some(&8));
    assert_eq!(v.get(9), None);
    v.extend_from_slice(&[5, 6, 7]);
    v.swap(0, 1);
    v.reverse();
    assert_eq!(v.first(), Some(&7));
    assert_eq!(v.last(), Some(&1));
    assert!(v.contains(&6));
    v.truncate(2);
    let popped = v.pop();
    v[0] *= 10;
    let mut w = vec![0; 3];
    w.clear();
    println!("{:?} {:?} {} {:?}", v, popped, w.len(), Vec::<u8>::new());
}
