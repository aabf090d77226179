//@ compile-flags: --edition 2021 --cfg feature_x
// #[cfg] on statements, expression statements, fields, variants, match arms,
// params, impl items, trait items, struct literal fields and nested items.

struct Settings {
    width: u32,
    #[cfg(feature_x)]
    extra: u32,
    #[cfg(not(feature_x))]
    missing: String,
}

#[derive(Debug)]
enum Event {
    Start,
    #[cfg(feature_x)]
    Special(u32),
    #[cfg(not(feature_x))]
    Hidden { code: i64 },
    Stop,
}

struct Engine;

impl Engine {
    #[cfg(feature_x)]
    fn mode(&self) -> &'static str {
        "x"
    }

    #[cfg(not(feature_x))]
    fn mode(&self) -> &'static str {
        "plain"
    }

    #[cfg(feature_x)]
    const LEVEL: u8 = 2;
}

trait Plugin {
    #[cfg(feature_x)]
    fn hook(&self) -> u32 {
        1
    }
}

impl Plugin for Engine {}

fn compute(#[cfg(feature_x)] a: u32, #[cfg(not(feature_x))] a: i64, b: u32) -> u32 {
    #[cfg(feature_x)]
    let r = a + b;
    #[cfg(not(feature_x))]
    let r = a as u32 + b;
    r
}

fn main() {
    let mut total = 0;
    let mut log = Vec::new();
    #[cfg(feature_x)]
    log.push("x");
    #[cfg(not(feature_x))]
    log.push("plain");
    #[cfg(feature_x)]
    let _ = log.len();
    #[cfg(feature_x)]
    {
        total *= 2;
    }
    #[cfg(not(feature_x))]
    fn unused_nested() {}

    let s = Settings {
        width: 3,
        #[cfg(feature_x)]
        extra: 4,
        #[cfg(not(feature_x))]
        missing: String::new(),
    };
    let e = Event::Special(s.extra);
    let label = match e {
        Event::Start => "start",
        #[cfg(feature_x)]
        Event::Special(_) => "special",
        #[cfg(not(feature_x))]
        Event::Hidden { .. } => "hidden",
        Event::Stop => "stop",
    };
    let v = vec![
        1,
        #[cfg(feature_x)]
        2,
    ];
    let eng = Engine;
    println!("{} {} {} {} {} {} {}", total, s.width, label, eng.mode(), Engine::LEVEL, eng.hook(), v.len());
    println!("{} {:?} {:?} {:?}", compute(1, 2), Event::Start, Event::Stop, log);
}
