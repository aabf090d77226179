// A user-defined generic enum, like Option, with methods.
#[derive(Debug, Clone, PartialEq)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn is_just(&self) -> bool {
        match self {
            Maybe::Just(_) => true,
            Maybe::Nothing => false,
        }
    }
    fn unwrap_or(self, d: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => d,
        }
    }
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Maybe<U> {
        match self {
            Maybe::Just(v) => Maybe::Just(f(v)),
            Maybe::Nothing => Maybe::Nothing,
        }
    }
}

#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

fn depth(t: &Tree) -> u32 {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + depth(l).max(depth(r)),
    }
}

fn main() {
    let a = Maybe::Just(5);
    let b: Maybe<i32> = Maybe::Nothing;
    println!("{} {}", a.is_just(), b.is_just());
    println!("{:?}", a.clone().map(|x| x * 10));
    println!("{:?}", b.clone().map(|x| x * 10));
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(-1));
    println!("{}", Maybe::Just("s") == Maybe::Just("s"));
    let t = Tree::Node(
        Box::new(Tree::Leaf(1)),
        Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))),
    );
    println!("depth {}", depth(&t));
    println!("{:?}", t);
}
