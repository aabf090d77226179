//@ compile-flags: --edition 2021
// impl blocks on enums: methods taking self by value and by reference, associated
// constructors, `Self` in return types, a Copy enum compared with `==`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    North,
    East,
    South,
    West,
}

impl Dir {
    const ALL: [Dir; 4] = [Dir::North, Dir::East, Dir::South, Dir::West];

    fn turn(self) -> Self {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }

    fn opposite(&self) -> Dir {
        self.turn().turn()
    }

    fn from_index(i: usize) -> Option<Dir> {
        if i < 4 { Some(Self::ALL[i]) } else { None }
    }
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..3 {
        d = d.turn();
    }
    assert_eq!(d, Dir::West);
    assert!(d.opposite() == Dir::East);
    assert_eq!(Dir::from_index(2), Some(Dir::South));
    println!("{:?} {:?} {:?}", d, d.opposite(), Dir::from_index(9));
}
