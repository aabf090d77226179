// Box: a binary search tree (insert, search, in-order walk, depth), Debug of boxed values,
// clone and equality through Box (derived), Box<i32> arithmetic and Debug.
#[derive(Debug, Clone, PartialEq)]
enum Tree {
    Leaf,
    Node(Box<Tree>, i32, Box<Tree>),
}

impl Tree {
    fn insert(self, v: i32) -> Tree {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x {
                    Tree::Node(Box::new(l.insert(v)), x, r)
                } else {
                    Tree::Node(l, x, Box::new(r.insert(v)))
                }
            }
        }
    }

    fn contains(&self, v: i32) -> bool {
        match self {
            Tree::Leaf => false,
            Tree::Node(l, x, r) => {
                if v == *x {
                    true
                } else if v < *x {
                    l.contains(v)
                } else {
                    r.contains(v)
                }
            }
        }
    }

    fn walk(&self, out: &mut Vec<i32>) {
        if let Tree::Node(l, x, r) = self {
            l.walk(out);
            out.push(*x);
            r.walk(out);
        }
    }

    fn depth(&self) -> usize {
        match self {
            Tree::Leaf => 0,
            Tree::Node(l, _, r) => 1 + l.depth().max(r.depth()),
        }
    }
}

fn main() {
    let mut t = Tree::Leaf;
    for v in [5, 3, 8, 1, 4, 9] {
        t = t.insert(v);
    }
    let mut items = Vec::new();
    t.walk(&mut items);
    println!("{:?} depth {}", items, t.depth());
    println!("{} {}", t.contains(4), t.contains(7));
    let small = Tree::Leaf.insert(2).insert(1);
    println!("{:?}", small);
    let copy = small.clone();
    println!("{}", copy == small);
    let b = Box::new(41);
    let c = *b + 1;
    println!("{} {:?}", c, b);
}
