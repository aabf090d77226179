// A formatted report table: mixed alignment, padding, precision and fill.
struct Row {
    name: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let rows = [
        Row { name: "widget", qty: 3, price: 4.5 },
        Row { name: "gadget-pro", qty: 12, price: 19.999 },
        Row { name: "nut", qty: 1000, price: 0.015 },
    ];
    println!("{:<12}|{:>6}|{:>10}", "item", "qty", "total");
    println!("{:-<12}+{:->6}+{:->10}", "", "", "");
    let mut grand = 0.0;
    for r in &rows {
        let total = r.qty as f64 * r.price;
        grand += total;
        println!("{:<12}|{:>6}|{:>10.2}", r.name, r.qty, total);
    }
    println!("{:=^30}", " TOTAL ");
    println!("{:>30.2}", grand);
    println!("{:^30}", format!("{} rows", rows.len()));
    for i in 0..rows.len() {
        let r = &rows[i];
        println!("{:02}. {:.<14}{:.>8.3}", i + 1, r.name, r.price);
    }
}
