//@ compile-flags: --edition 2021
// Inherent impls: associated functions, self / &self / &mut self / mut self, Self.

#[derive(Debug)]
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    pub fn new(step: u32) -> Self {
        Self { count: 0, step }
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn bump(&mut self) -> &mut Self {
        self.count += self.step;
        self
    }

    fn into_count(self) -> u32 {
        self.count
    }

    fn with_step(mut self, step: u32) -> Self {
        self.step = step;
        self
    }

    fn reset(self: &mut Self) {
        self.count = 0;
    }

    fn explicit<'a>(&'a self) -> &'a u32 {
        &self.count
    }

    fn explicit_mut<'a>(&'a mut self) -> &'a mut u32 {
        &mut self.count
    }
}

impl Counter {
    fn second_block(&self) -> bool {
        self.count > 0
    }
}

fn main() {
    let mut c = Counter::new(2);
    c.bump().bump();
    let g = c.get();
    *c.explicit_mut() += 1;
    let e = *c.explicit();
    c.reset();
    let d = Counter::new(0).with_step(5);
    let total = Counter::get(&d);
    println!("{} {} {} {} {}", g, e, total, d.second_block(), c.into_count());
}
