//@ compile-flags: --edition 2021
// A traffic-light state machine and an event queue: enums with data, loops with labels, while let.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Green,
    Yellow { remaining: u8 },
}

#[derive(Debug)]
enum Event {
    Tick,
    Emergency,
    Reset,
}

impl Light {
    fn next(self, e: &Event) -> Light {
        match (self, e) {
            (_, Event::Emergency) => Light::Red,
            (_, Event::Reset) => Light::Green,
            (Light::Red, Event::Tick) => Light::Green,
            (Light::Green, Event::Tick) => Light::Yellow { remaining: 2 },
            (Light::Yellow { remaining: 0 }, Event::Tick) => Light::Red,
            (Light::Yellow { remaining: n }, Event::Tick) => Light::Yellow { remaining: n - 1 },
        }
    }
}

fn main() {
    let mut queue: Vec<Event> = Vec::new();
    queue.push(Event::Reset);
    for i in 0..8 {
        queue.push(if 7 - i == 5 { Event::Emergency } else { Event::Tick });
    }
    let mut light = Light::Red;
    let mut history = vec![light];
    let mut reds = 0;
    'run: while let Some(ev) = queue.pop() {
        let next = light.next(&ev);
        if next == light {
            continue 'run;
        }
        light = next;
        history.push(light);
        if let Light::Red = light {
            reds += 1;
            if reds > 10 {
                break 'run;
            }
        }
    }
    let label = |l: &Light| match l {
        Light::Red => "R".to_string(),
        Light::Green => "G".to_string(),
        Light::Yellow { remaining } => format!("Y{}", remaining),
    };
    let mut summary = String::new();
    for l in history.iter() {
        if !summary.is_empty() {
            summary.push(' ');
        }
        summary.push_str(&label(l));
    }
    println!("{} (reds: {})", summary, reds);
}
