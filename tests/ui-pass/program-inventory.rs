//@ compile-flags: --edition 2021
// An inventory with generic containers, a selection sort driven by a closure, matching and formatting.

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food { perishable: bool },
    Other(String),
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
    category: Category,
}

struct Inventory<T> {
    items: Vec<T>,
}

impl<T: Clone> Inventory<T> {
    fn new() -> Self {
        Inventory { items: Vec::new() }
    }

    fn add(&mut self, item: T) -> &mut Self {
        self.items.push(item);
        self
    }

    fn select(&self, pred: impl Fn(&T) -> bool) -> Vec<T> {
        let mut out = Vec::new();
        for it in &self.items {
            if pred(it) {
                out.push(it.clone());
            }
        }
        out
    }
}

fn item(name: &str, qty: u32, price_cents: u64, category: Category) -> Item {
    Item { name: name.to_string(), qty, price_cents, category }
}

fn value(items: &[Item]) -> u64 {
    let mut v = 0;
    for i in 0..items.len() {
        v += items[i].qty as u64 * items[i].price_cents;
    }
    v
}

fn sort_by_key(v: &mut Vec<Item>, before: impl Fn(&Item, &Item) -> bool) {
    for i in 0..v.len() {
        let mut best = i;
        for j in i + 1..v.len() {
            if before(&v[j], &v[best]) {
                best = j;
            }
        }
        v.swap(i, best);
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add(item("hammer", 3, 1299, Category::Tool))
        .add(item("apple", 40, 35, Category::Food { perishable: true }))
        .add(item("rice", 10, 250, Category::Food { perishable: false }))
        .add(item("lamp", 1, 4500, Category::Other("home".to_string())));
    let perishable = inv.select(|it| matches!(it.category, Category::Food { perishable: true }));
    let cheap = inv.select(|it| it.price_cents < 300);
    let mut sorted = inv.items.clone();
    sort_by_key(&mut sorted, |a, b| a.price_cents > b.price_cents);
    for it in &sorted {
        let tag = match &it.category {
            Category::Tool => "tool".to_string(),
            Category::Food { perishable: true } => "fresh food".to_string(),
            Category::Food { .. } => "food".to_string(),
            Category::Other(s) => format!("other/{}", s),
        };
        println!("{:<8} {:>4} x {:>6.2} [{}]", it.name, it.qty, it.price_cents as f64 / 100.0, tag);
    }
    let mut names = Vec::new();
    for i in perishable.iter() {
        names.push(&i.name);
    }
    println!("perishable {:?}", names);
    println!("cheap {} total value {}", cheap.len(), value(&inv.items));
}
