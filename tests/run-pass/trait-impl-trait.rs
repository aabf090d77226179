// impl Trait in argument and return position.
trait Shape {
    fn area(&self) -> u32;
    fn label(&self) -> String {
        format!("shape of area {}", self.area())
    }
}

struct Rect(u32, u32);
struct Square(u32);

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.0 * self.1
    }
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn label(&self) -> String {
        format!("square {}", self.0)
    }
}

fn print_it(s: impl Shape) {
    println!("{}", s.label());
}

fn print_ref(s: &impl Shape) -> u32 {
    s.area() * 2
}

fn make_square(n: u32) -> impl Shape {
    Square(n)
}

fn doubled(s: impl Shape) -> impl Shape {
    Rect(s.area(), 2)
}

fn main() {
    print_it(Rect(2, 3));
    print_it(Square(4));
    println!("{}", print_ref(&Rect(5, 5)));
    let s = make_square(6);
    println!("{}", s.area());
    println!("{}", s.label());
    let d = doubled(make_square(3));
    println!("{}", d.label());
}
