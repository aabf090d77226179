// Traits with associated functions (no self), associated consts, and Default.
trait Shape {
    const SIDES: u32;
    fn unit() -> Self;
    fn describe(&self) -> String;
}

#[derive(Debug)]
struct Tri(f64);
#[derive(Debug)]
struct Quad(f64);

impl Shape for Tri {
    const SIDES: u32 = 3;
    fn unit() -> Self {
        Tri(1.0)
    }
    fn describe(&self) -> String {
        format!("triangle {} with {} sides", self.0, Self::SIDES)
    }
}

impl Shape for Quad {
    const SIDES: u32 = 4;
    fn unit() -> Self {
        Quad(1.0)
    }
    fn describe(&self) -> String {
        format!("quad {} with {} sides", self.0, Self::SIDES)
    }
}

fn make<T: Shape>() -> T {
    T::unit()
}

fn sides<T: Shape>(_t: &T) -> u32 {
    T::SIDES
}

#[derive(Debug, Default)]
struct Settings {
    width: u32,
    title: String,
    on: bool,
}

fn main() {
    let t: Tri = make();
    let q = make::<Quad>();
    println!("{}", t.describe());
    println!("{}", q.describe());
    println!("{} {}", sides(&t), sides(&q));
    println!("{}", Tri::SIDES + Quad::SIDES);
    let s = Settings::default();
    println!("{:?}", s);
    let s2 = Settings { width: 80, ..Default::default() };
    println!("{:?}", s2);
    let n: i32 = Default::default();
    println!("{}", n);
}
