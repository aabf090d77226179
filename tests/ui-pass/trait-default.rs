//@ compile-flags: --edition 2021
// Traits with required and default methods; overriding; generic use.

trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;

    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }

    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;
struct Bird {
    kind: String,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        self.kind.clone()
    }
    fn sound(&self) -> String {
        String::from("tweet")
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn report<A: Animal>(a: &A) -> String {
    format!("{} ({} legs)", a.speak(), a.legs())
}

trait Zero {
    fn zero() -> Self;
}

impl Zero for i32 {
    fn zero() -> Self {
        0
    }
}

fn main() {
    let d = Dog;
    let b = Bird { kind: "Robin".to_string() };
    println!("{}", report(&d));
    println!("{}", report(&b));
    let z: i32 = Zero::zero();
    let z2 = <i32 as Zero>::zero();
    println!("{} {}", z, z2);
}
