// derive(Clone, Copy, PartialEq, Eq, Debug) and their behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Id(u32);

#[derive(Debug, Clone, PartialEq)]
struct Record {
    id: Id,
    tags: Vec<String>,
    weight: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Low,
    High(u8),
}

fn main() {
    let a = Id(7);
    let b = a;
    println!("{:?} {:?} {}", a, b, a == b);
    let r1 = Record { id: a, tags: vec![String::from("x")], weight: 1.5 };
    let mut r2 = r1.clone();
    println!("{}", r1 == r2);
    r2.tags.push(String::from("y"));
    println!("{}", r1 == r2);
    println!("{:?}", r1);
    println!("{:?}", r2);
    let l = Level::High(3);
    let m = l;
    println!("{:?} {:?}", l, m);
    println!("{}", Level::Low == Level::Low);
    println!("{}", Level::High(1) != Level::High(2));
    println!("{}", Level::Low != Level::High(0));
    let arr = [Level::Low; 3];
    println!("{:?}", arr);
    let t = (Id(1), Level::Low).clone();
    println!("{:?}", t);
}
