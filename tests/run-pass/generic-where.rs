// where clauses with several bounds, bounds on impl blocks, generic methods with closures.
use std::fmt::Debug;
use std::fmt::Display;

fn show_pair<A, B>(a: A, b: B) -> String
where
    A: Display + Clone,
    B: Debug,
{
    let a2 = a.clone();
    format!("{} {} {:?}", a, a2, b)
}

struct Table<T> {
    rows: Vec<T>,
}

impl<T> Table<T>
where
    T: Debug + Clone + PartialEq,
{
    fn count(&self, x: &T) -> usize {
        let mut n = 0;
        for r in &self.rows {
            if r == x {
                n += 1;
            }
        }
        n
    }
    fn map_rows<U, F>(&self, f: F) -> Table<U>
    where
        F: Fn(&T) -> U,
    {
        let mut rows = Vec::new();
        for r in &self.rows {
            rows.push(f(r));
        }
        Table { rows }
    }
}

fn main() {
    println!("{}", show_pair(5, "five"));
    println!("{}", show_pair('c', Some(1.5)));
    let t = Table { rows: vec![1, 2, 2, 3, 2] };
    println!("{}", t.count(&2));
    let strs = t.map_rows(|x| format!("#{}", x));
    println!("{:?}", strs.rows);
    println!("{}", strs.count(&String::from("#2")));
}
