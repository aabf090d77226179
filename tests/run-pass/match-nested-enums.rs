// Matching enums nested in structs nested in enums, with bindings at every level.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Celsius,
    Fahrenheit,
}

#[derive(Debug, Clone, Copy)]
struct Reading {
    value: f64,
    unit: Unit,
}

#[derive(Debug)]
enum Event {
    Sample { sensor: u8, reading: Reading },
    Fault(u8, &'static str),
    Idle,
}

fn to_c(r: Reading) -> f64 {
    match r {
        Reading { value, unit: Unit::Celsius } => value,
        Reading { value, unit: Unit::Fahrenheit } => (value - 32.0) * 5.0 / 9.0,
    }
}

fn handle(e: &Event) -> String {
    match e {
        Event::Sample { sensor: 0, .. } => String::from("calibration sensor"),
        Event::Sample { sensor, reading: r @ Reading { unit: Unit::Fahrenheit, .. } } => {
            format!("sensor {} reads {:.1}C (from F)", sensor, to_c(*r))
        }
        Event::Sample { sensor, reading } if reading.value > 100.0 => format!("sensor {} too hot", sensor),
        Event::Sample { sensor, reading } => format!("sensor {} reads {}C", sensor, reading.value),
        Event::Fault(id @ 1..=9, msg) => format!("minor fault {}: {}", id, msg),
        Event::Fault(id, msg) => format!("major fault {}: {}", id, msg),
        Event::Idle => String::from("idle"),
    }
}

fn main() {
    let events = [
        Event::Sample { sensor: 0, reading: Reading { value: 1.0, unit: Unit::Celsius } },
        Event::Sample { sensor: 2, reading: Reading { value: 212.0, unit: Unit::Fahrenheit } },
        Event::Sample { sensor: 3, reading: Reading { value: 150.0, unit: Unit::Celsius } },
        Event::Sample { sensor: 4, reading: Reading { value: 21.5, unit: Unit::Celsius } },
        Event::Fault(5, "loose wire"),
        Event::Fault(50, "fire"),
        Event::Idle,
    ];
    for e in &events {
        println!("{}", handle(e));
    }
}
