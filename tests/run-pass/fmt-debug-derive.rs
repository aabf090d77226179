// {:?} of #[derive(Debug)] structs and enums of every shape.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Pair(i32, &'static str);

#[derive(Debug)]
enum Shape {
    Circle { center: Point, radius: f64 },
    Square(f32),
    Empty,
}

#[derive(Debug)]
struct Wrapper<T> {
    inner: T,
    items: Vec<T>,
}

fn main() {
    println!("{:?}", Point { x: 1, y: -2 });
    println!("{:?}", Unit);
    println!("{:?}", Pair(3, "x"));
    println!("{:?}", Shape::Circle { center: Point { x: 0, y: 0 }, radius: 1.5 });
    println!("{:?}", Shape::Square(2.0));
    println!("{:?}", Shape::Empty);
    println!("{:?}", Wrapper { inner: 'c', items: vec!['a', 'b'] });
    println!("{:?}", Some(Point { x: 5, y: 6 }));
    println!("{:?}", [Shape::Empty, Shape::Square(0.5)]);
    let p = Point { x: 10, y: 20 };
    println!("{p:?}");
    println!("{:?}", (Unit, Pair(0, "")));
}
