//@ compile-flags: --edition 2021
// Generic functions with where clauses, several bounds, and bounds on user traits.
use std::fmt::Debug;

trait Weight {
    fn weight(&self) -> u32;
}

#[derive(Debug, Clone)]
struct Crate {
    kg: u32,
}

impl Weight for Crate {
    fn weight(&self) -> u32 {
        self.kg
    }
}

fn heaviest<T>(items: &Vec<T>) -> Option<T>
where
    T: Weight + Clone,
{
    let mut best: Option<T> = None;
    for it in items {
        let better = match &best {
            Some(b) => it.weight() > b.weight(),
            None => true,
        };
        if better {
            best = Some(it.clone());
        }
    }
    best
}

fn show_pair<A, B>(a: A, b: B) -> String
where
    A: Debug,
    B: Debug + Clone,
{
    format!("{:?}/{:?}", a, b.clone())
}

fn main() {
    let crates = vec![Crate { kg: 3 }, Crate { kg: 9 }, Crate { kg: 4 }];
    let top = heaviest(&crates);
    assert_eq!(top.as_ref().map(|c| c.kg), Some(9));
    println!("{:?} {}", top, show_pair(1u8, "two"));
}
