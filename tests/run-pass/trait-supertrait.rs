// Supertraits, calling supertrait methods from default methods and generics.
trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello from {}", self.name())
    }
}

trait Loud: Greeter {
    fn shout(&self) -> String {
        let mut s = self.greet();
        s.push('!');
        s.to_uppercase()
    }
}

struct Robot {
    serial: u32,
}

impl Named for Robot {
    fn name(&self) -> String {
        format!("robot-{}", self.serial)
    }
}

impl Greeter for Robot {}
impl Loud for Robot {}

fn use_loud<T: Loud>(t: &T) -> String {
    format!("{} / {} / {}", t.name(), t.greet(), t.shout())
}

fn main() {
    let r = Robot { serial: 42 };
    println!("{}", r.greet());
    println!("{}", r.shout());
    println!("{}", use_loud(&r));
}
