// Longer adapter chains mixing enumerate, filter, map, zip, sum and collect.
#[derive(Debug)]
struct Student {
    name: &'static str,
    score: u32,
}

fn main() {
    let students = vec![
        Student { name: "ann", score: 91 },
        Student { name: "bob", score: 78 },
        Student { name: "cid", score: 85 },
        Student { name: "dee", score: 64 },
    ];
    let passed: Vec<&str> = students.iter().filter(|s| s.score >= 75).map(|s| s.name).collect();
    println!("{:?}", passed);
    let total: u32 = students.iter().map(|s| s.score).sum();
    println!("avg {:.2}", total as f64 / students.len() as f64);
    let ranked: Vec<String> = students
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(i, s)| format!("{}:{}", i, s.name))
        .collect();
    println!("{:?}", ranked);
    let bonus = vec![5, 0, 10, 20];
    let adjusted: Vec<u32> = students.iter().zip(bonus.iter()).map(|(s, b)| s.score + b).collect();
    println!("{:?}", adjusted);
    let above: usize = adjusted.iter().filter(|&&x| x > 90).count();
    println!("{}", above);
}
