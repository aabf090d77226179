// A trait with required and default methods, implemented by two types.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;
struct Bird {
    species: &'static str,
}

impl Animal for Dog {
    fn name(&self) -> String {
        String::from("Dog")
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        format!("Bird({})", self.species)
    }
    fn sound(&self) -> &'static str {
        "tweet"
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn main() {
    let d = Dog;
    let b = Bird { species: "robin" };
    println!("{}", d.speak());
    println!("{}", b.speak());
    println!("{} {}", d.legs(), b.legs());
    println!("{}", Animal::legs(&b));
    println!("{}", <Dog as Animal>::sound(&d));
}
