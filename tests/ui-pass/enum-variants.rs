//@ compile-flags: --edition 2021
// Enums with unit, tuple and struct variants, generic enums.

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Empty,
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Labeled { name: String, inner: Box<Shape> },
}

enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Empty => 0.0,
        Shape::Circle(r) => 3.14 * *r * *r,
        Shape::Rect { w, h } => *w * *h,
        &Shape::Triangle(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
        Shape::Labeled { inner, .. } => area(inner),
    }
}

fn sum(t: &Tree<i32>) -> i32 {
    match t {
        Tree::Leaf(v) => *v,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}

fn main() {
    let shapes = vec![
        Shape::Empty,
        Shape::Circle(1.0),
        Shape::Rect { w: 2.0, h: 3.0 },
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Labeled { name: "big".to_string(), inner: Box::new(Shape::Circle(2.0)) },
    ];
    for s in &shapes {
        println!("{:?} -> {:.2}", s, area(s));
    }
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{}", sum(&t));
}
