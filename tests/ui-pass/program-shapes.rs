//@ compile-flags: --edition 2021
// Geometry with traits, default methods, generics with bounds and where clauses, slices.

trait Area {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

impl Area for Circle {
    fn area(&self) -> f64 {
        3.141592653589793 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Area for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> &'static str {
        if self.w == self.h { "square" } else { "rectangle" }
    }
}

fn largest<'a, T: Area>(shapes: &'a [T]) -> Option<&'a T> {
    let mut best: Option<&T> = None;
    for i in 0..shapes.len() {
        let s = &shapes[i];
        best = match best {
            None => Some(s),
            Some(b) if s.area() > b.area() => Some(s),
            keep => keep,
        };
    }
    best
}

fn total_area<T>(shapes: &[T]) -> f64
where
    T: Area,
{
    let mut total = 0.0;
    for i in 0..shapes.len() {
        total += shapes[i].area();
    }
    total
}

fn scale_all(rects: &mut Vec<Rect>, k: f64) {
    for i in 0..rects.len() {
        let r = &mut rects[i];
        r.w *= k;
        r.h *= k;
    }
}

fn main() {
    let circles = [Circle { r: 1.0 }, Circle { r: 2.5 }, Circle { r: 0.5 }];
    let mut rects = vec![Rect { w: 2.0, h: 3.0 }, Rect { w: 4.0, h: 4.0 }];
    scale_all(&mut rects, 0.5);
    if let Some(c) = largest(&circles) {
        println!("largest: {}", c.describe());
    }
    println!("circles total {:.3}", total_area(&circles));
    println!("rects total {:.3}", total_area(&rects));
    for r in &rects {
        println!("{}", r.describe());
    }
}
