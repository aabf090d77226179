// Several type parameters, generic methods on generic types, PhantomData-free.
#[derive(Debug, Clone)]
struct Either<L, R> {
    left: Option<L>,
    right: Option<R>,
}

impl<L: Clone, R: Clone> Either<L, R> {
    fn from_left(l: L) -> Self {
        Either { left: Some(l), right: None }
    }
    fn from_right(r: R) -> Self {
        Either { left: None, right: Some(r) }
    }
    fn map_left<M, F: Fn(L) -> M>(self, f: F) -> Either<M, R> {
        Either { left: self.left.map(f), right: self.right }
    }
    fn flip(self) -> Either<R, L> {
        Either { left: self.right, right: self.left }
    }
}

fn zip_with<A: Copy, B: Copy, C, F: Fn(A, B) -> C>(a: &[A], b: &[B], f: F) -> Vec<C> {
    let mut out = Vec::new();
    let n = if a.len() < b.len() { a.len() } else { b.len() };
    for i in 0..n {
        out.push(f(a[i], b[i]));
    }
    out
}

fn main() {
    let e: Either<i32, &str> = Either::from_left(4);
    println!("{:?}", e);
    println!("{:?}", e.clone().map_left(|x| x * 2));
    println!("{:?}", e.flip());
    let r: Either<u8, char> = Either::from_right('r');
    println!("{:?}", r.map_left(|x| x as u32 + 1));
    let sums = zip_with(&[1, 2, 3], &[10, 20, 30, 40], |a, b| a + b);
    println!("{:?}", sums);
    let labels = zip_with(&['a', 'b'], &[1.5, 2.5], |c, f| format!("{}{}", c, f));
    println!("{:?}", labels);
}
