//@ compile-flags: --edition 2021
// Enums with unit, tuple and struct variants: construction, methods with `Self::Variant`,
// matching every variant, and a generic enum.

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Dot,
    Circle(f64),
    Rect { w: f64, h: f64 },
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Self::Dot => 0.0,
            Self::Circle(r) => 3.0 * *r * *r,
            Self::Rect { w, h } => *w * *h,
        }
    }

    fn square(side: f64) -> Shape {
        Shape::Rect { w: side, h: side }
    }
}

enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

fn count<T>(t: &Tree<T>) -> usize {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => count(l) + count(r),
    }
}

fn main() {
    let shapes = vec![Shape::Dot, Shape::Circle(1.0), Shape::square(2.0)];
    let mut total = 0.0;
    for s in &shapes {
        total += s.area();
    }
    assert_eq!(total, 7.0);
    let t = Tree::Node(Box::new(Tree::Leaf('a')), Box::new(Tree::Node(Box::new(Tree::Leaf('b')), Box::new(Tree::Leaf('c')))));
    assert_eq!(count(&t), 3);
    println!("{} {:?} {}", total, shapes[2], shapes[0] == Shape::Dot);
}
