//@ compile-flags: --edition 2021
// unreachable!, todo!, unimplemented!-free code paths, and matches! with guards.

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running(u32),
    Done,
}

fn step(s: State) -> State {
    match s {
        State::Idle => State::Running(0),
        State::Running(n) if n >= 3 => State::Done,
        State::Running(n) => State::Running(n + 1),
        State::Done => unreachable!("done is terminal"),
    }
}

fn later() -> u32 {
    todo!()
}

fn later_with_message(x: u32) -> u32 {
    if x > 0 {
        todo!("handle {}", x)
    }
    unreachable!()
}

fn main() {
    let mut s = State::Idle;
    while !matches!(s, State::Done) {
        s = step(s);
    }
    let busy = matches!(State::Running(5), State::Running(n) if n > 2);
    let either = matches!(s, State::Idle | State::Done);
    let digit = matches!('7', '0'..='9');
    if false {
        later();
        later_with_message(1);
        unreachable!("never {}", 1);
    }
    println!("{:?} {} {} {}", s, busy, either, digit);
}
