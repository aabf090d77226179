//@ compile-flags: --edition 2021
// Paths: global ::std, crate::, self::, super::, Self, <T as Trait>::, <T>::, turbofish in segments.

trait Shape {
    const SIDES: u32;
    fn name() -> String;
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    fn name() -> String {
        String::from("square")
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Square {
    fn unit() -> Self {
        Self(1.0)
    }
    fn sides() -> u32 {
        <Self as Shape>::SIDES
    }
}

mod a {
    pub fn f() -> u8 {
        1
    }
    pub mod b {
        pub fn g() -> u8 {
            super::f() + self::h() + crate::a::f()
        }
        fn h() -> u8 {
            2
        }
    }
}

fn generic_name<T: Shape>() -> String {
    let mut s = T::name();
    s.push_str(&<T as Shape>::SIDES.to_string());
    s
}

fn main() {
    let s = Square(2.0);
    let n = <Square as Shape>::name();
    let area = <Square as Shape>::area(&s);
    let direct = Square::area(&s);
    let max = ::std::cmp::max(1, 2);
    let v = Vec::<u8>::new();
    let min = ::std::cmp::min::<i64>(3, 4);
    let default = <u8>::default();
    let qualified_default = <String as Default>::default();
    let inherent = <i32>::max(5, 6);
    let swapped = {
        let mut x = 1;
        let mut y = 2;
        std::mem::swap::<i32>(&mut x, &mut y);
        (x, y)
    };
    println!("{} {} {} {} {} {} {} {} {:?} {} {:?} {}", n, area, direct, max, v.len(), Square::sides(), min, default, qualified_default, inherent, swapped, a::b::g());
    println!("{} {}", generic_name::<Square>(), Square::unit().area());
}
