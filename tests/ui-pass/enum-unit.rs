//@ compile-flags: --edition 2021
// Fieldless enums, matching, comparison and casting.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn turn_right(self) -> Direction {
        match self {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }
}

enum Never {}

fn main() {
    use Direction::{North, West};
    let mut d = North;
    for _ in 0..3 {
        d = d.turn_right();
    }
    let idx = d as i32;
    println!("{:?} {} {}", d, idx, d == West);
}
