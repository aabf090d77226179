// C-like enums, discriminants, casts, and methods on enums.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
    South,
    West,
}

impl Dir {
    fn turn_right(self) -> Dir {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }
}

enum Code {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..5 {
        print!("{:?} ", d);
        d = d.turn_right();
    }
    println!();
    println!("{}", d == Dir::East);
    println!("{}", Dir::West as i32);
    println!("{} {} {}", Code::Ok as u16, Code::NotFound as i32, Code::Teapot as u64);
    use Dir::*;
    let all = [North, East, South, West];
    let mut sum = 0;
    for x in all {
        sum += x as u8;
    }
    println!("{}", sum);
}
