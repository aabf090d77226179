//@ compile-flags: --edition 2021
// Format strings: `{}`, `{:?}`, `{name}` (inline and named argument), `{0}` positional,
// `{:>5}` width and alignment, `{:.2}` precision, `{{` escapes, checked with assert_eq!.

#[derive(Debug)]
struct P {
    x: i32,
}

fn main() {
    let n = 42;
    let name = "ann";
    let pi = 3.14159;
    assert_eq!(format!("{}", n).as_str(), "42");
    assert_eq!(format!("{:?}", "q").as_str(), "\"q\"");
    assert_eq!(format!("{name} is {n}").as_str(), "ann is 42");
    assert_eq!(format!("{who}!", who = name).as_str(), "ann!");
    assert_eq!(format!("{0}-{1}-{0}", 1, 2).as_str(), "1-2-1");
    assert_eq!(format!("[{:>5}]", n).as_str(), "[   42]");
    assert_eq!(format!("[{:<4}]", "ab").as_str(), "[ab  ]");
    assert_eq!(format!("{:.2}", pi).as_str(), "3.14");
    assert_eq!(format!("{:8.3}|", pi).as_str(), "   3.142|");
    assert_eq!(format!("{{{}}}", n).as_str(), "{42}");
    assert_eq!(format!("{:?}", P { x: 1 }).as_str(), "P { x: 1 }");
    assert_eq!(format!("{:?} {:?}", Some(1), (1, 'c')).as_str(), "Some(1) (1, 'c')");
    println!("{name:>6}|{:.1}|{0}", pi);
}
