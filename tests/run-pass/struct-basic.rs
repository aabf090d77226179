// Named structs: literals, field access, mutation, methods, associated fns.
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn new(w: u32, h: u32) -> Rect {
        Rect { w, h }
    }
    fn square(s: u32) -> Self {
        Self { w: s, h: s }
    }
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn grow(&mut self, by: u32) {
        self.w += by;
        self.h += by;
    }
    fn can_hold(&self, other: &Rect) -> bool {
        self.w > other.w && self.h > other.h
    }
    fn into_pair(self) -> (u32, u32) {
        (self.w, self.h)
    }
}

fn main() {
    let mut r = Rect::new(3, 4);
    println!("{}", r.area());
    r.grow(2);
    println!("{} {} {}", r.w, r.h, r.area());
    let s = Rect::square(2);
    println!("{}", r.can_hold(&s));
    println!("{}", s.can_hold(&r));
    r.w = 100;
    println!("{}", r.area());
    let (w, h) = r.into_pair();
    println!("{} {}", w, h);
}
