// Generic functions with trait bounds and where clauses.
trait Area {
    fn area(&self) -> f64;
}

trait Named {
    fn name(&self) -> String;
}

struct Sq(f64);
struct Circ(f64);

impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Named for Sq {
    fn name(&self) -> String {
        String::from("square")
    }
}
impl Area for Circ {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}
impl Named for Circ {
    fn name(&self) -> String {
        String::from("circle")
    }
}

fn report<T: Area + Named>(x: &T) -> String {
    format!("{} with area {}", x.name(), x.area())
}

fn bigger<A, B>(a: &A, b: &B) -> bool
where
    A: Area,
    B: Area,
{
    a.area() > b.area()
}

fn total<T: Area>(items: &Vec<T>) -> f64 {
    let mut t = 0.0;
    for i in items {
        t += i.area();
    }
    t
}

fn main() {
    println!("{}", report(&Sq(3.0)));
    println!("{}", report(&Circ(1.5)));
    println!("{}", bigger(&Sq(2.0), &Circ(1.0)));
    println!("{}", bigger(&Circ(1.0), &Sq(2.0)));
    println!("{}", total(&vec![Sq(1.0), Sq(2.0), Sq(3.0)]));
}
