//@ compile-flags: --edition 2021
// Supertraits: a subtrait's default method calls supertrait methods, and a generic bound on
// the subtrait gives access to the supertrait's methods (including Clone and Debug).
use std::fmt::Debug;

trait Named {
    fn name(&self) -> String;
}

trait Tagged: Named + Clone + Debug {
    fn tag(&self) -> u32;
    fn label(&self) -> String {
        format!("{}#{}", self.name(), self.tag())
    }
}

#[derive(Clone, Debug)]
struct Item {
    id: u32,
}

impl Named for Item {
    fn name(&self) -> String {
        String::from("item")
    }
}

impl Tagged for Item {
    fn tag(&self) -> u32 {
        self.id
    }
}

fn duplicate<T: Tagged>(t: &T) -> (T, String) {
    (t.clone(), format!("{} {:?}", t.name(), t))
}

fn main() {
    let it = Item { id: 7 };
    let (copy, text) = duplicate(&it);
    assert_eq!(it.label().as_str(), "item#7");
    println!("{} {} {}", copy.label(), text, copy.tag());
}
