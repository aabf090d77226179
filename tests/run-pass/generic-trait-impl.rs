// Traits implemented for generic types and for primitives; blanket-style generic calls.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

impl Describe for bool {
    fn describe(&self) -> String {
        String::from(if *self { "yes" } else { "no" })
    }
}

struct Boxed<T> {
    inner: T,
}

impl<T: Describe> Describe for Boxed<T> {
    fn describe(&self) -> String {
        format!("boxed({})", self.inner.describe())
    }
}

impl<T: Describe> Describe for Option<T> {
    fn describe(&self) -> String {
        match self {
            Some(x) => format!("some {}", x.describe()),
            None => String::from("nothing"),
        }
    }
}

fn show_all<T: Describe>(xs: &Vec<T>) {
    for x in xs {
        println!("{}", x.describe());
    }
}

fn main() {
    println!("{}", 5.describe());
    println!("{}", true.describe());
    println!("{}", Boxed { inner: 3 }.describe());
    println!("{}", Boxed { inner: Boxed { inner: false } }.describe());
    println!("{}", Some(9).describe());
    let n: Option<bool> = None;
    println!("{}", n.describe());
    show_all(&vec![Some(1), None, Some(3)]);
}
