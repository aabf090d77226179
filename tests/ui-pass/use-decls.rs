//@ compile-flags: --edition 2021
// use declarations: paths, self, super, crate, groups, nested groups, renames, globs.
use std::cmp::Ordering;
use std::cmp::{max as maximum, Ordering as Ord3};
use std::fmt::{self, Display};
use std::{cmp::{max, min}, mem};
use self::util::helper;
use crate::util::{consts::*, Tool as Utility};

mod util {
    pub mod consts {
        pub const ONE: i32 = 1;
        pub const TWO: i32 = 2;
    }

    pub fn helper() -> i32 {
        use super::top_level;
        top_level() + 1
    }

    pub struct Tool;

    impl Tool {
        pub fn run(&self) -> &'static str {
            "run"
        }
    }

    pub mod nested {
        use super::super::util::consts::{self, ONE};
        pub fn get() -> i32 {
            consts::TWO + ONE
        }
    }
}

fn top_level() -> i32 {
    10
}

struct Show(i32);

impl Display for Show {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Show({})", self.0)
    }
}

fn main() {
    use util::nested::get as fetch;
    let m = maximum(1, 0);
    let b = Ordering::Less;
    let s: Ord3 = Ord3::Greater;
    let out = Show(4).to_string();
    let mut x = 1;
    let mut y = 2;
    mem::swap(&mut x, &mut y);
    println!("{} {:?} {:?} {} {} {}", m, b, s, out, max(x, y), min(x, y));
    println!("{} {} {} {} {}", helper(), ONE + TWO, Utility.run(), fetch(), ::std::cmp::max(1, 2));
}
