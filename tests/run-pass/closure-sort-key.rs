// Closures as sort keys and comparators, capturing configuration.
#[derive(Debug, Clone)]
struct City {
    name: &'static str,
    pop: u32,
    area: f64,
}

fn main() {
    let mut cities = vec![
        City { name: "Aville", pop: 5000, area: 12.5 },
        City { name: "Btown", pop: 120000, area: 80.0 },
        City { name: "Cburg", pop: 45000, area: 9.0 },
        City { name: "Dham", pop: 45000, area: 30.0 },
    ];
    cities.sort_by_key(|c| c.pop);
    for c in &cities {
        print!("{} ", c.name);
    }
    println!();
    let descending = true;
    cities.sort_by(|a, b| {
        let o = a.name.cmp(b.name);
        if descending { o.reverse() } else { o }
    });
    for c in &cities {
        print!("{} ", c.name);
    }
    println!();
    cities.sort_by(|a, b| (b.pop as f64 / b.area).partial_cmp(&(a.pop as f64 / a.area)).unwrap());
    for c in &cities {
        print!("{}={:.0} ", c.name, c.pop as f64 / c.area);
    }
    println!();
    let mut comparisons = 0;
    let mut nums: Vec<i32> = vec![5, 3, 9, 1, 7];
    nums.sort_by(|a, b| {
        comparisons += 1;
        a.cmp(b)
    });
    println!("{:?} {}", nums, comparisons > 0);
}
