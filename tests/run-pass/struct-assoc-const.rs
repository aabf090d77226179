// Associated consts, Self, and methods calling each other.
struct Circle {
    r: f64,
}

impl Circle {
    const PI: f64 = 3.14159;
    const UNIT: Circle = Circle { r: 1.0 };

    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }
    fn circumference(&self) -> f64 {
        2.0 * Circle::PI * self.r
    }
    fn scaled(&self, k: f64) -> Self {
        Circle { r: self.r * k }
    }
    fn describe(&self) -> String {
        format!("r={} area={:.2} circ={:.2}", self.r, self.area(), self.circumference())
    }
}

struct Counter {
    n: u32,
}

impl Counter {
    const MAX: u32 = 3;
    fn tick(&mut self) -> bool {
        if self.n < Self::MAX {
            self.n += 1;
            true
        } else {
            false
        }
    }
}

fn main() {
    println!("{}", Circle::UNIT.describe());
    println!("{}", Circle::UNIT.scaled(2.5).describe());
    println!("{}", Circle::PI);
    let mut c = Counter { n: 0 };
    while c.tick() {
        println!("tick {}", c.n);
    }
    println!("max {}", Counter::MAX);
}
