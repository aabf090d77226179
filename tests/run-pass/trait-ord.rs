// PartialOrd/Ord: comparisons, min/max, cmp and Ordering, derive(PartialOrd).
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Low,
    Mid,
    High,
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Version(u32, u32, u32);

fn compare(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn main() {
    println!("{} {} {}", compare(1, 2), compare(2, 2), compare(3, 2));
    println!("{}", Rank::Low < Rank::High);
    println!("{:?}", Rank::Mid.max(Rank::Low));
    println!("{:?}", std::cmp::min(Rank::High, Rank::Mid));
    println!("{:?}", Rank::High.cmp(&Rank::Mid));
    println!("{}", Version(1, 2, 3) < Version(1, 10, 0));
    println!("{}", Version(2, 0, 0) > Version(1, 99, 99));
    println!("{:?}", Version(1, 0, 0).partial_cmp(&Version(1, 0, 0)));
    println!("{:?}", 1.0f64.partial_cmp(&f64::NAN));
    println!("{}", "apple" < "banana");
    println!("{}", (1, 'b') < (1, 'c'));
    println!("{:?}", 'x'.cmp(&'a'));
    println!("{:?}", Ordering::Less.reverse());
    println!("{}", String::from("abc") >= String::from("abd"));
}
