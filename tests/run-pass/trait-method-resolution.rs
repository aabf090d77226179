// Method resolution: inherent methods win over trait methods; auto-ref and auto-deref.
trait Speak {
    fn speak(&self) -> String;
    fn name(&self) -> String {
        String::from("trait name")
    }
}

struct Cat {
    lives: u8,
}

impl Cat {
    fn name(&self) -> String {
        String::from("inherent name")
    }
    fn lose_life(&mut self) {
        self.lives -= 1;
    }
}

impl Speak for Cat {
    fn speak(&self) -> String {
        format!("meow ({} lives)", self.lives)
    }
}

fn main() {
    let mut c = Cat { lives: 9 };
    println!("{}", c.name());
    println!("{}", Speak::name(&c));
    println!("{}", <Cat as Speak>::name(&c));
    c.lose_life();
    let r = &c;
    println!("{}", r.speak());
    let rr = &&c;
    println!("{}", rr.speak());
    let b = Box::new(Cat { lives: 3 });
    println!("{}", b.speak());
    println!("{}", b.lives);
    let m = &mut c;
    m.lose_life();
    println!("{}", m.speak());
    println!("{}", (*m).lives);
}
