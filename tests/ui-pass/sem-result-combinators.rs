//@ compile-flags: --edition 2021
// Result methods: map, map_err, and_then, or_else, unwrap_or, ok, err, is_ok, unwrap_err,
// with closure types inferred from Result<T, E>.

#[derive(Debug, PartialEq)]
enum Error {
    TooBig(u32),
    Zero,
}

fn check(n: u32) -> Result<u32, Error> {
    if n == 0 {
        Err(Error::Zero)
    } else if n > 100 {
        Err(Error::TooBig(n))
    } else {
        Ok(n)
    }
}

fn main() {
    let doubled = check(21).map(|n| n * 2);
    assert_eq!(doubled, Ok(42));
    let msg = check(500).map_err(|e| format!("{:?}", e));
    let chained = check(5).and_then(|n| check(n * 30));
    let recovered = check(0).or_else(|_| check(1));
    let value = check(101).unwrap_or(100);
    let as_opt = check(3).ok();
    let the_err = check(0).err();
    let e = check(200).unwrap_err();
    assert!(chained.is_err() && recovered.is_ok());
    assert_eq!(e, Error::TooBig(200));
    println!("{:?} {:?} {:?} {:?} {} {:?} {:?}", doubled, msg, chained, recovered, value, as_opt, the_err);
}
