//@ compile-flags: --edition 2021
// Built-in macros type-check their arguments: assert!, assert_eq!, assert_ne! (with messages),
// matches! (with guard), vec!, format!, eprintln!, and panic!/todo!/unreachable! in code
// that is never reached.

#[derive(Debug, PartialEq)]
enum State {
    Idle,
    Busy(u8),
}

fn later(_x: u32) -> String {
    todo!()
}

fn main() {
    let s = State::Busy(3);
    assert!(matches!(s, State::Busy(n) if n > 2), "state was {:?}", s);
    assert!(!matches!(s, State::Idle));
    assert_eq!(vec![1u8; 3], vec![1, 1, 1], "vec! forms agree");
    assert_ne!(s, State::Idle);
    let grid = vec![vec![0; 2]; 3];
    let msg = format!("{} rows", grid.len());
    eprintln!("diagnostic: {}", msg);
    if grid.is_empty() {
        panic!("grid {:?} is empty", grid);
    }
    let code = match s {
        State::Idle => 0,
        State::Busy(n) if n < 10 => n,
        State::Busy(_) => unreachable!("busy values are small"),
    };
    if code == 0 {
        later(1);
    }
    println!("{} {}", msg, code);
}
