//@ compile-flags: --edition 2021
// Tuple structs and newtypes.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
struct Rgb(u8, u8, u8);

struct Pair<T>(T, T);

pub struct Id(pub u64);

impl Meters {
    fn double(self) -> Meters {
        Meters(self.0 * 2.0)
    }
}

fn main() {
    let m = Meters(1.5);
    let d = m.double();
    let c = Rgb(255, 128, 0);
    let Rgb(r, g, _) = c;
    let p = Pair("a", "b");
    let id = Id(7);
    let make = Meters;
    let via_fn = make(3.0);
    println!("{:?} {:?} {} {} {} {} {} {:?}", m, d, r, g, p.0, p.1, id.0, via_fn);
}
