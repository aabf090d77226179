//@ compile-flags: --edition 2021
// User trait used as a generic bound, as `impl Trait` in argument position, and on
// references to implementors.

trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle {
    r: f64,
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Area for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn total<T: Area>(shapes: &Vec<T>) -> f64 {
    let mut t = 0.0;
    for s in shapes {
        t += s.area();
    }
    t
}

fn bigger(a: &impl Area, b: &impl Area) -> f64 {
    if a.area() > b.area() { a.area() } else { b.area() }
}

fn main() {
    let squares = vec![Square(1.0), Square(2.0)];
    let c = Circle { r: 1.0 };
    assert_eq!(total(&squares), 5.0);
    assert_eq!(bigger(&squares[1], &c), 4.0);
    println!("{} {}", total(&squares), bigger(&c, &Square(1.0)));
}
