// An enum-driven state machine processing a fixed input.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running { speed: u32 },
    Paused(u32),
    Done,
}

#[derive(Clone, Copy)]
enum Event {
    Start,
    Faster,
    Pause,
    Resume,
    Stop,
}

fn next(s: State, e: Event) -> State {
    match (s, e) {
        (State::Idle, Event::Start) => State::Running { speed: 1 },
        (State::Running { speed }, Event::Faster) => State::Running { speed: speed * 2 },
        (State::Running { speed }, Event::Pause) => State::Paused(speed),
        (State::Paused(speed), Event::Resume) => State::Running { speed },
        (_, Event::Stop) => State::Done,
        (other, _) => other,
    }
}

fn main() {
    let events = [
        Event::Faster,
        Event::Start,
        Event::Faster,
        Event::Faster,
        Event::Pause,
        Event::Faster,
        Event::Resume,
        Event::Stop,
        Event::Start,
    ];
    let mut s = State::Idle;
    for e in events {
        s = next(s, e);
        println!("{:?}", s);
    }
    println!("{}", s == State::Done);
}
