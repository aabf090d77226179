//@ compile-flags: --edition 2021
// Supertraits, multiple supertraits, calling supertrait methods.
use std::fmt::Debug;

trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello from {}", self.name())
    }
}

trait Entity: Named + Debug + Clone {
    fn id(&self) -> u32;
}

#[derive(Debug, Clone)]
struct User {
    id: u32,
    name: String,
}

impl Named for User {
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Greeter for User {}

impl Entity for User {
    fn id(&self) -> u32 {
        self.id
    }
}

fn describe<E: Entity>(e: &E) -> String {
    let copy = e.clone();
    format!("#{} {} {:?}", e.id(), e.name(), copy)
}

trait Boxed: Clone {
    fn boxed(&self) -> Box<Self> {
        Box::new(self.clone())
    }
}

impl Boxed for u8 {}

fn main() {
    let u = User { id: 1, name: "ann".to_string() };
    println!("{}", u.greet());
    println!("{}", describe(&u));
    println!("{}", *5u8.boxed());
}
