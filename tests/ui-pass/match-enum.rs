//@ compile-flags: --edition 2021
// Enum variant patterns of every kind, with paths, `use` imports and Self.

#[derive(Debug)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Var { name: String },
    Nothing,
}

impl Expr {
    fn eval(&self) -> i64 {
        match self {
            Self::Num(n) => *n,
            Self::Neg(e) => -e.eval(),
            Self::Add(a, b) => a.eval() + b.eval(),
            Self::Var { name } => name.len() as i64,
            Self::Nothing => 0,
        }
    }
}

mod ops {
    #[derive(Clone, Copy)]
    pub enum Op {
        Plus,
        Minus,
    }
}

fn apply(op: ops::Op, a: i32, b: i32) -> i32 {
    use ops::Op::{Minus, Plus};
    match op {
        Plus => a + b,
        Minus => a - b,
    }
}

fn main() {
    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Neg(Box::new(Expr::Var { name: "abc".to_string() }))));
    println!("{}", e.eval());
    match e {
        Expr::Add(ref l, _) => println!("{:?}", l),
        Expr::Num(_) | Expr::Neg(_) | Expr::Var { .. } | Expr::Nothing => {}
    }
    println!("{} {}", apply(ops::Op::Plus, 1, 2), apply(ops::Op::Minus, 1, 2));
    let o: Option<Option<u8>> = Some(None);
    match o {
        Some(Some(x)) => println!("{}", x),
        Some(None) => println!("inner none"),
        None => println!("none"),
    }
    println!("{}", Expr::Nothing.eval());
}
