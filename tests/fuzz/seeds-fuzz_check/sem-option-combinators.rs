//@ compile-flags: --edition 2021
// Option methods with closures whose types are inferred from the Option: map, and_then,
// filter, map_or, unwrap_or_else, ok_or, or, take, replace, as_ref, is_some/is_none.

fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let x = 7;
    let tripled = Some(x).map(|v| v * 3);
    assert_eq!(tripled, Some(21));
    let chain = Some(40).and_then(half).and_then(half);
    assert_eq!(chain, Some(10));
    let odd = Some(9).filter(|n| *n % 2 == 1);
    let len = Some(String::from("abc")).map_or(0, |s| s.len());
    let fallback = half(3).unwrap_or_else(|| -1);
    let as_result: Result<i32, String> = half(5).ok_or(String::from("odd"));
    let either = None.or(Some(4));
    let mut slot = Some(1);
    let taken = slot.take();
    let old = slot.replace(2);
    let name = Some(String::from("n"));
    let borrowed: Option<&String> = name.as_ref();
    assert!(odd.is_some() && old.is_none() && as_result.is_err());
    println!("{:?} {:?} {:?} {} {} {:?} {:?} {:?} {:?} {:?}", tripled, chain, odd, len, fallback, as_result, either, taken, slot, borrowed);
}
