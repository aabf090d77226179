// Tuple structs, unit structs, newtypes and struct update syntax.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

struct Color(u8, u8, u8);

#[derive(Debug)]
struct Marker;

#[derive(Debug, Clone)]
struct Config {
    verbose: bool,
    level: u8,
    name: &'static str,
}

impl Meters {
    fn add(self, o: Meters) -> Meters {
        Meters(self.0 + o.0)
    }
}

fn main() {
    let m = Meters(1.5).add(Meters(2.25));
    println!("{:?} {}", m, m.0);
    println!("{}", m == Meters(3.75));
    let c = Color(255, 128, 0);
    let Color(r, g, b) = c;
    println!("{} {} {}", r, g, b);
    println!("{}", c.0 as u32 + c.1 as u32 + c.2 as u32);
    let mk = Marker;
    println!("{:?}", mk);
    let base = Config { verbose: false, level: 1, name: "base" };
    let custom = Config { level: 9, ..base.clone() };
    let other = Config { name: "other", ..base };
    println!("{:?}", custom);
    println!("{:?}", other);
}
