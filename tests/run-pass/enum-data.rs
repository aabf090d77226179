// Enums with tuple and struct variants, matched and printed.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Dot,
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.0 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Triangle(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
            Shape::Dot => 0.0,
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Shape::Circle(_) => "circle",
            Shape::Rect { .. } => "rect",
            Shape::Triangle(..) => "triangle",
            Shape::Dot => "dot",
        }
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle(2.0),
        Shape::Rect { w: 3.0, h: 4.5 },
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Dot,
    ];
    let mut total = 0.0;
    for s in &shapes {
        println!("{} {:?} {}", s.name(), s, s.area());
        total += s.area();
    }
    println!("total {}", total);
}
