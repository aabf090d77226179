//@ compile-flags: --edition 2021
// Method resolution: an inherent method wins over a trait method of the same name; the
// trait's method is still reachable with `Trait::method(&x)` and `<T as Trait>::method`.

trait Describe {
    fn describe(&self) -> String;
    fn kind(&self) -> &'static str {
        "thing"
    }
}

struct Widget {
    id: u32,
}

impl Widget {
    fn describe(&self) -> String {
        format!("inherent {}", self.id)
    }
}

impl Describe for Widget {
    fn describe(&self) -> String {
        format!("trait {}", self.id)
    }
}

fn generic<T: Describe>(t: &T) -> String {
    t.describe()
}

fn main() {
    let w = Widget { id: 3 };
    assert_eq!(w.describe().as_str(), "inherent 3");
    assert_eq!(Describe::describe(&w).as_str(), "trait 3");
    assert_eq!(<Widget as Describe>::describe(&w).as_str(), "trait 3");
    assert_eq!(generic(&w).as_str(), "trait 3");
    println!("{} {}", w.describe(), w.kind());
}
