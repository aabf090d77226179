// A Vec of structs: searching, updating, sorting by key, aggregating.
#[derive(Debug, Clone)]
struct Item {
    name: String,
    price: u32,
    qty: u32,
}

fn total(items: &Vec<Item>) -> u32 {
    let mut t = 0;
    for i in items {
        t += i.price * i.qty;
    }
    t
}

fn find<'a>(items: &'a Vec<Item>, name: &str) -> Option<&'a Item> {
    for i in items {
        if i.name.as_str() == name {
            return Some(i);
        }
    }
    None
}

fn main() {
    let mut inv = vec![
        Item { name: String::from("bolt"), price: 3, qty: 100 },
        Item { name: String::from("nut"), price: 1, qty: 250 },
        Item { name: String::from("gear"), price: 40, qty: 5 },
    ];
    println!("total {}", total(&inv));
    println!("{:?}", find(&inv, "nut").map(|i| i.qty));
    println!("{:?}", find(&inv, "cog").map(|i| i.qty));
    for i in &mut inv {
        if i.price < 5 {
            i.qty -= 10;
        }
    }
    println!("total {}", total(&inv));
    inv.sort_by_key(|i| i.price * i.qty);
    for i in &inv {
        println!("{} {}", i.name, i.price * i.qty);
    }
    let mut cheap: Vec<Item> = Vec::new();
    for i in &inv {
        if i.price < 10 {
            cheap.push(i.clone());
        }
    }
    println!("{} {:?}", cheap.len(), cheap[0]);
}
