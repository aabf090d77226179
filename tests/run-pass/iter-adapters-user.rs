// Adapters over a user-defined iterator, closures capturing by reference and by move,
// collect into String, sums of references and of floats, count after filter.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn evens(limit: u32) -> Vec<u32> {
    Countdown { n: limit }.filter(|x| x % 2 == 0).collect()
}

fn main() {
    let total: u32 = Countdown { n: 5 }.sum();
    println!("{}", total);
    let scale = 3;
    let scaled: Vec<u32> = Countdown { n: 4 }.map(|x| x * scale).collect();
    println!("{:?}", scaled);
    println!("{:?}", evens(9));
    let word: String = "stressed".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", word);
    let prices = vec![1.5, 2.25, 4.0];
    let sum: f64 = prices.iter().sum();
    println!("{}", sum);
    let words = vec!["apple", "kiwi", "banana", "fig"];
    let long = words.iter().filter(|w| w.len() > 3).count();
    println!("{}", long);
    let lens: Vec<(usize, usize)> = words.iter().map(|w| w.len()).enumerate().collect();
    println!("{:?}", lens);
    let pairs: Vec<String> = words
        .iter()
        .zip(Countdown { n: 10 })
        .map(|(w, k)| format!("{}{}", w, k))
        .collect();
    println!("{:?}", pairs);
    let prefix = String::from("#");
    let tagged: Vec<String> = (1..4).map(move |i| format!("{}{}", prefix, i)).collect();
    println!("{:?}", tagged);
    let mut seen = 0;
    for (i, x) in (10..13).enumerate() {
        seen += i * x;
    }
    println!("{}", seen);
    let nested: Vec<Vec<u8>> = (1..4u8).map(|n| (0..n).map(|k| k * n).collect()).collect();
    println!("{:?}", nested);
    let squares_of_odds: i64 = (1..=9i64).filter(|x| x % 2 == 1).map(|x| x * x).sum();
    println!("{}", squares_of_odds);
}
