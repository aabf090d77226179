//@ compile-flags: --edition 2021
// Associated consts in inherent impls and traits.

struct Circle {
    r: f64,
}

impl Circle {
    const PI: f64 = 3.14159;
    pub const UNIT: Circle = Circle { r: 1.0 };

    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }
}

trait Limits {
    const MAX: u32;
    const MIN: u32 = 0;

    fn range() -> u32 {
        Self::MAX - Self::MIN
    }
}

struct Small;

impl Limits for Small {
    const MAX: u32 = 10;
}

struct Big;

impl Limits for Big {
    const MAX: u32 = 1000;
    const MIN: u32 = 100;
}

fn main() {
    let c = Circle { r: 2.0 };
    println!("{} {} {}", c.area(), Circle::UNIT.area(), Circle::PI);
    println!("{} {} {}", Small::range(), Big::range(), <Big as Limits>::MIN);
}
