//@ compile-flags: --edition 2021
// Method receivers: `&self` methods on values and on `&&T`, `&mut self` methods on locals
// and through `&mut T`, `self` methods on Copy values, and methods through Box.

#[derive(Clone, Copy)]
struct Meter {
    reading: u32,
}

impl Meter {
    fn value(&self) -> u32 {
        self.reading
    }
    fn bump(&mut self, by: u32) {
        self.reading += by;
    }
    fn doubled(self) -> Meter {
        Meter { reading: self.reading * 2 }
    }
}

fn bump_through(m: &mut Meter) {
    m.bump(5);
    let v = m.value();
    m.bump(v);
}

fn main() {
    let mut m = Meter { reading: 1 };
    m.bump(2);
    bump_through(&mut m);
    let r = &m;
    let rr = &r;
    assert_eq!(rr.value(), 16);
    let d = m.doubled();
    assert_eq!(m.value(), 16);
    let mut boxed = Box::new(Meter { reading: 10 });
    boxed.bump(1);
    let from_box = boxed.value() + boxed.doubled().value();
    println!("{} {} {}", r.value(), d.value(), from_box);
}
