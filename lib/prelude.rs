//! smelt's core library, written in the subset of Rust that smelt compiles.
//!
//! smelt compiles this file as a separate crate named `core`; user code reaches it as
//! `std::...` or `core::...`, and the names re-exported by `prelude` (at the end) are in
//! scope in every user module, like Rust 2021's std prelude. See lib/README.md.
//!
//! Conventions:
//! - `#[lang = "..."]` marks the items the type checker needs to find (traits whose
//!   operators or sugar it implements, the library types it builds values of, and the
//!   inherent impls of primitive types, which only this crate may write).
//! - `#[rustc_intrinsic]` marks a function the language cannot express; it has no body
//!   (`;`) and the back end implements it. Everything else has a real body.
//! - Every module imports what it uses explicitly: nothing here relies on the prelude.
//! - Trait impls for tuples, references, arrays, closures and fn pointers are built into
//!   the checker and are not written here.
//! - The library avoids `for` loops, range expressions, `==` on non-primitive types and
//!   indexing of `Vec` (it indexes slices), so that each body needs as little of the
//!   checker as possible.

pub mod marker {
    //! Marker traits and `PhantomData`.

    use crate::clone::Clone;

    /// Types with a size known at compile time. The checker decides which types are `Sized`.
    #[lang = "sized"]
    pub trait Sized {}

    /// Types whose values are duplicated by copying their bits: using a value does not move it.
    #[lang = "copy"]
    pub trait Copy: Clone {}

    /// A zero-sized field that makes a type act as if it owned a `T`.
    #[lang = "PhantomData"]
    pub struct PhantomData<T>;

    impl Copy for bool {}
    impl Copy for char {}
    impl Copy for i8 {}
    impl Copy for i16 {}
    impl Copy for i32 {}
    impl Copy for i64 {}
    impl Copy for i128 {}
    impl Copy for isize {}
    impl Copy for u8 {}
    impl Copy for u16 {}
    impl Copy for u32 {}
    impl Copy for u64 {}
    impl Copy for u128 {}
    impl Copy for usize {}
    impl Copy for f32 {}
    impl Copy for f64 {}
}

pub mod clone {
    //! The `Clone` trait.

    #[lang = "clone"]
    pub trait Clone {
        fn clone(&self) -> Self;
    }

    impl Clone for bool {
        fn clone(&self) -> bool {
            *self
        }
    }

    impl Clone for char {
        fn clone(&self) -> char {
            *self
        }
    }

    impl Clone for i8 {
        fn clone(&self) -> i8 {
            *self
        }
    }

    impl Clone for i16 {
        fn clone(&self) -> i16 {
            *self
        }
    }

    impl Clone for i32 {
        fn clone(&self) -> i32 {
            *self
        }
    }

    impl Clone for i64 {
        fn clone(&self) -> i64 {
            *self
        }
    }

    impl Clone for i128 {
        fn clone(&self) -> i128 {
            *self
        }
    }

    impl Clone for isize {
        fn clone(&self) -> isize {
            *self
        }
    }

    impl Clone for u8 {
        fn clone(&self) -> u8 {
            *self
        }
    }

    impl Clone for u16 {
        fn clone(&self) -> u16 {
            *self
        }
    }

    impl Clone for u32 {
        fn clone(&self) -> u32 {
            *self
        }
    }

    impl Clone for u64 {
        fn clone(&self) -> u64 {
            *self
        }
    }

    impl Clone for u128 {
        fn clone(&self) -> u128 {
            *self
        }
    }

    impl Clone for usize {
        fn clone(&self) -> usize {
            *self
        }
    }

    impl Clone for f32 {
        fn clone(&self) -> f32 {
            *self
        }
    }

    impl Clone for f64 {
        fn clone(&self) -> f64 {
            *self
        }
    }
}

pub mod cmp {
    //! Comparison traits, `Ordering`, and the `max`/`min` functions.

    use self::Ordering::{Equal, Greater, Less};
    use crate::clone::Clone;
    use crate::fmt::{Debug, Formatter, Result};
    use crate::marker::{Copy, Sized};
    use crate::ops::FnOnce;
    use crate::option::Option::{self, None, Some};

    /// `==` and `!=`.
    #[lang = "eq"]
    pub trait PartialEq {
        fn eq(&self, other: &Self) -> bool;

        fn ne(&self, other: &Self) -> bool {
            !self.eq(other)
        }
    }

    /// Equality that is reflexive (`a == a` for every `a`).
    #[lang = "Eq"]
    pub trait Eq: PartialEq {}

    /// `<`, `<=`, `>` and `>=`.
    #[lang = "partial_ord"]
    pub trait PartialOrd: PartialEq {
        fn partial_cmp(&self, other: &Self) -> Option<Ordering>;

        fn lt(&self, other: &Self) -> bool {
            match self.partial_cmp(other) {
                Some(Less) => true,
                _ => false,
            }
        }

        fn le(&self, other: &Self) -> bool {
            match self.partial_cmp(other) {
                Some(Less) | Some(Equal) => true,
                _ => false,
            }
        }

        fn gt(&self, other: &Self) -> bool {
            match self.partial_cmp(other) {
                Some(Greater) => true,
                _ => false,
            }
        }

        fn ge(&self, other: &Self) -> bool {
            match self.partial_cmp(other) {
                Some(Greater) | Some(Equal) => true,
                _ => false,
            }
        }
    }

    /// A total order.
    #[lang = "Ord"]
    pub trait Ord: Eq + PartialOrd {
        fn cmp(&self, other: &Self) -> Ordering;

        /// Returns `other` when the two are equal, as std does.
        fn max(self, other: Self) -> Self
        where
            Self: Sized,
        {
            match self.cmp(&other) {
                Greater => self,
                _ => other,
            }
        }

        /// Returns `self` when the two are equal, as std does.
        fn min(self, other: Self) -> Self
        where
            Self: Sized,
        {
            match self.cmp(&other) {
                Greater => other,
                _ => self,
            }
        }

        fn clamp(self, min: Self, max: Self) -> Self
        where
            Self: Sized,
        {
            if min.cmp(&max).is_gt() {
                panic!("assertion failed: min <= max");
            }
            if self.cmp(&min).is_lt() {
                min
            } else if self.cmp(&max).is_gt() {
                max
            } else {
                self
            }
        }
    }

    /// The result of a comparison. The discriminants are std's.
    #[lang = "Ordering"]
    pub enum Ordering {
        Less = -1,
        Equal = 0,
        Greater = 1,
    }

    impl Ordering {
        pub fn is_eq(self) -> bool {
            match self {
                Equal => true,
                _ => false,
            }
        }

        pub fn is_ne(self) -> bool {
            !self.is_eq()
        }

        pub fn is_lt(self) -> bool {
            match self {
                Less => true,
                _ => false,
            }
        }

        pub fn is_gt(self) -> bool {
            match self {
                Greater => true,
                _ => false,
            }
        }

        pub fn is_le(self) -> bool {
            !self.is_gt()
        }

        pub fn is_ge(self) -> bool {
            !self.is_lt()
        }

        pub fn reverse(self) -> Ordering {
            match self {
                Less => Greater,
                Equal => Equal,
                Greater => Less,
            }
        }

        pub fn then(self, other: Ordering) -> Ordering {
            match self {
                Equal => other,
                _ => self,
            }
        }

        pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
            match self {
                Equal => f(),
                _ => self,
            }
        }

        fn rank(&self) -> i8 {
            match self {
                Less => -1,
                Equal => 0,
                Greater => 1,
            }
        }
    }

    impl Clone for Ordering {
        fn clone(&self) -> Ordering {
            *self
        }
    }

    impl Copy for Ordering {}

    impl PartialEq for Ordering {
        fn eq(&self, other: &Ordering) -> bool {
            self.rank() == other.rank()
        }
    }

    impl Eq for Ordering {}

    impl PartialOrd for Ordering {
        fn partial_cmp(&self, other: &Ordering) -> Option<Ordering> {
            Some(self.cmp(other))
        }
    }

    impl Ord for Ordering {
        fn cmp(&self, other: &Ordering) -> Ordering {
            let a = self.rank();
            let b = other.rank();
            if a < b {
                Less
            } else if a == b {
                Equal
            } else {
                Greater
            }
        }
    }

    impl Debug for Ordering {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            match self {
                Less => f.write_str("Less"),
                Equal => f.write_str("Equal"),
                Greater => f.write_str("Greater"),
            }
        }
    }

    /// The larger of two values; `v2` if they are equal.
    pub fn max<T: Ord>(v1: T, v2: T) -> T {
        v1.max(v2)
    }

    /// The smaller of two values; `v1` if they are equal.
    pub fn min<T: Ord>(v1: T, v2: T) -> T {
        v1.min(v2)
    }

    // Primitive types: the operators themselves are built into the checker, so these bodies
    // are not recursive.

    impl PartialEq for bool {
        fn eq(&self, other: &bool) -> bool {
            *self == *other
        }
        fn ne(&self, other: &bool) -> bool {
            *self != *other
        }
    }

    impl Eq for bool {}

    impl PartialOrd for bool {
        fn partial_cmp(&self, other: &bool) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &bool) -> bool {
            *self < *other
        }
        fn le(&self, other: &bool) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &bool) -> bool {
            *self > *other
        }
        fn ge(&self, other: &bool) -> bool {
            *self >= *other
        }
    }

    impl Ord for bool {
        fn cmp(&self, other: &bool) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }
    }

    impl PartialEq for char {
        fn eq(&self, other: &char) -> bool {
            *self == *other
        }
        fn ne(&self, other: &char) -> bool {
            *self != *other
        }
    }

    impl Eq for char {}

    impl PartialOrd for char {
        fn partial_cmp(&self, other: &char) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &char) -> bool {
            *self < *other
        }
        fn le(&self, other: &char) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &char) -> bool {
            *self > *other
        }
        fn ge(&self, other: &char) -> bool {
            *self >= *other
        }
    }

    impl Ord for char {
        fn cmp(&self, other: &char) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: char, max: char) -> char {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for i8 {
        fn eq(&self, other: &i8) -> bool {
            *self == *other
        }
        fn ne(&self, other: &i8) -> bool {
            *self != *other
        }
    }

    impl Eq for i8 {}

    impl PartialOrd for i8 {
        fn partial_cmp(&self, other: &i8) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &i8) -> bool {
            *self < *other
        }
        fn le(&self, other: &i8) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &i8) -> bool {
            *self > *other
        }
        fn ge(&self, other: &i8) -> bool {
            *self >= *other
        }
    }

    impl Ord for i8 {
        fn cmp(&self, other: &i8) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: i8, max: i8) -> i8 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for i16 {
        fn eq(&self, other: &i16) -> bool {
            *self == *other
        }
        fn ne(&self, other: &i16) -> bool {
            *self != *other
        }
    }

    impl Eq for i16 {}

    impl PartialOrd for i16 {
        fn partial_cmp(&self, other: &i16) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &i16) -> bool {
            *self < *other
        }
        fn le(&self, other: &i16) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &i16) -> bool {
            *self > *other
        }
        fn ge(&self, other: &i16) -> bool {
            *self >= *other
        }
    }

    impl Ord for i16 {
        fn cmp(&self, other: &i16) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: i16, max: i16) -> i16 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for i32 {
        fn eq(&self, other: &i32) -> bool {
            *self == *other
        }
        fn ne(&self, other: &i32) -> bool {
            *self != *other
        }
    }

    impl Eq for i32 {}

    impl PartialOrd for i32 {
        fn partial_cmp(&self, other: &i32) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &i32) -> bool {
            *self < *other
        }
        fn le(&self, other: &i32) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &i32) -> bool {
            *self > *other
        }
        fn ge(&self, other: &i32) -> bool {
            *self >= *other
        }
    }

    impl Ord for i32 {
        fn cmp(&self, other: &i32) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: i32, max: i32) -> i32 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for i64 {
        fn eq(&self, other: &i64) -> bool {
            *self == *other
        }
        fn ne(&self, other: &i64) -> bool {
            *self != *other
        }
    }

    impl Eq for i64 {}

    impl PartialOrd for i64 {
        fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &i64) -> bool {
            *self < *other
        }
        fn le(&self, other: &i64) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &i64) -> bool {
            *self > *other
        }
        fn ge(&self, other: &i64) -> bool {
            *self >= *other
        }
    }

    impl Ord for i64 {
        fn cmp(&self, other: &i64) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: i64, max: i64) -> i64 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for i128 {
        fn eq(&self, other: &i128) -> bool {
            *self == *other
        }
        fn ne(&self, other: &i128) -> bool {
            *self != *other
        }
    }

    impl Eq for i128 {}

    impl PartialOrd for i128 {
        fn partial_cmp(&self, other: &i128) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &i128) -> bool {
            *self < *other
        }
        fn le(&self, other: &i128) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &i128) -> bool {
            *self > *other
        }
        fn ge(&self, other: &i128) -> bool {
            *self >= *other
        }
    }

    impl Ord for i128 {
        fn cmp(&self, other: &i128) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: i128, max: i128) -> i128 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for isize {
        fn eq(&self, other: &isize) -> bool {
            *self == *other
        }
        fn ne(&self, other: &isize) -> bool {
            *self != *other
        }
    }

    impl Eq for isize {}

    impl PartialOrd for isize {
        fn partial_cmp(&self, other: &isize) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &isize) -> bool {
            *self < *other
        }
        fn le(&self, other: &isize) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &isize) -> bool {
            *self > *other
        }
        fn ge(&self, other: &isize) -> bool {
            *self >= *other
        }
    }

    impl Ord for isize {
        fn cmp(&self, other: &isize) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: isize, max: isize) -> isize {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for u8 {
        fn eq(&self, other: &u8) -> bool {
            *self == *other
        }
        fn ne(&self, other: &u8) -> bool {
            *self != *other
        }
    }

    impl Eq for u8 {}

    impl PartialOrd for u8 {
        fn partial_cmp(&self, other: &u8) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &u8) -> bool {
            *self < *other
        }
        fn le(&self, other: &u8) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &u8) -> bool {
            *self > *other
        }
        fn ge(&self, other: &u8) -> bool {
            *self >= *other
        }
    }

    impl Ord for u8 {
        fn cmp(&self, other: &u8) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: u8, max: u8) -> u8 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for u16 {
        fn eq(&self, other: &u16) -> bool {
            *self == *other
        }
        fn ne(&self, other: &u16) -> bool {
            *self != *other
        }
    }

    impl Eq for u16 {}

    impl PartialOrd for u16 {
        fn partial_cmp(&self, other: &u16) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &u16) -> bool {
            *self < *other
        }
        fn le(&self, other: &u16) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &u16) -> bool {
            *self > *other
        }
        fn ge(&self, other: &u16) -> bool {
            *self >= *other
        }
    }

    impl Ord for u16 {
        fn cmp(&self, other: &u16) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: u16, max: u16) -> u16 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for u32 {
        fn eq(&self, other: &u32) -> bool {
            *self == *other
        }
        fn ne(&self, other: &u32) -> bool {
            *self != *other
        }
    }

    impl Eq for u32 {}

    impl PartialOrd for u32 {
        fn partial_cmp(&self, other: &u32) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &u32) -> bool {
            *self < *other
        }
        fn le(&self, other: &u32) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &u32) -> bool {
            *self > *other
        }
        fn ge(&self, other: &u32) -> bool {
            *self >= *other
        }
    }

    impl Ord for u32 {
        fn cmp(&self, other: &u32) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: u32, max: u32) -> u32 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for u64 {
        fn eq(&self, other: &u64) -> bool {
            *self == *other
        }
        fn ne(&self, other: &u64) -> bool {
            *self != *other
        }
    }

    impl Eq for u64 {}

    impl PartialOrd for u64 {
        fn partial_cmp(&self, other: &u64) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &u64) -> bool {
            *self < *other
        }
        fn le(&self, other: &u64) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &u64) -> bool {
            *self > *other
        }
        fn ge(&self, other: &u64) -> bool {
            *self >= *other
        }
    }

    impl Ord for u64 {
        fn cmp(&self, other: &u64) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: u64, max: u64) -> u64 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for u128 {
        fn eq(&self, other: &u128) -> bool {
            *self == *other
        }
        fn ne(&self, other: &u128) -> bool {
            *self != *other
        }
    }

    impl Eq for u128 {}

    impl PartialOrd for u128 {
        fn partial_cmp(&self, other: &u128) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &u128) -> bool {
            *self < *other
        }
        fn le(&self, other: &u128) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &u128) -> bool {
            *self > *other
        }
        fn ge(&self, other: &u128) -> bool {
            *self >= *other
        }
    }

    impl Ord for u128 {
        fn cmp(&self, other: &u128) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: u128, max: u128) -> u128 {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for usize {
        fn eq(&self, other: &usize) -> bool {
            *self == *other
        }
        fn ne(&self, other: &usize) -> bool {
            *self != *other
        }
    }

    impl Eq for usize {}

    impl PartialOrd for usize {
        fn partial_cmp(&self, other: &usize) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self == *other {
                Some(Equal)
            } else {
                Some(Greater)
            }
        }
        fn lt(&self, other: &usize) -> bool {
            *self < *other
        }
        fn le(&self, other: &usize) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &usize) -> bool {
            *self > *other
        }
        fn ge(&self, other: &usize) -> bool {
            *self >= *other
        }
    }

    impl Ord for usize {
        fn cmp(&self, other: &usize) -> Ordering {
            if *self < *other {
                Less
            } else if *self == *other {
                Equal
            } else {
                Greater
            }
        }

        fn clamp(self, min: usize, max: usize) -> usize {
            if min > max {
                panic!("min > max. min = {:?}, max = {:?}", min, max);
            }
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }
    }

    impl PartialEq for f32 {
        fn eq(&self, other: &f32) -> bool {
            *self == *other
        }
        fn ne(&self, other: &f32) -> bool {
            *self != *other
        }
    }

    impl PartialOrd for f32 {
        fn partial_cmp(&self, other: &f32) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self > *other {
                Some(Greater)
            } else if *self == *other {
                Some(Equal)
            } else {
                None
            }
        }
        fn lt(&self, other: &f32) -> bool {
            *self < *other
        }
        fn le(&self, other: &f32) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &f32) -> bool {
            *self > *other
        }
        fn ge(&self, other: &f32) -> bool {
            *self >= *other
        }
    }

    impl PartialEq for f64 {
        fn eq(&self, other: &f64) -> bool {
            *self == *other
        }
        fn ne(&self, other: &f64) -> bool {
            *self != *other
        }
    }

    impl PartialOrd for f64 {
        fn partial_cmp(&self, other: &f64) -> Option<Ordering> {
            if *self < *other {
                Some(Less)
            } else if *self > *other {
                Some(Greater)
            } else if *self == *other {
                Some(Equal)
            } else {
                None
            }
        }
        fn lt(&self, other: &f64) -> bool {
            *self < *other
        }
        fn le(&self, other: &f64) -> bool {
            *self <= *other
        }
        fn gt(&self, other: &f64) -> bool {
            *self > *other
        }
        fn ge(&self, other: &f64) -> bool {
            *self >= *other
        }
    }
}

pub mod default {
    //! The `Default` trait.

    #[lang = "Default"]
    pub trait Default {
        fn default() -> Self;
    }

    impl Default for bool {
        fn default() -> bool {
            false
        }
    }

    impl Default for char {
        fn default() -> char {
            '\x00'
        }
    }

    impl Default for i8 {
        fn default() -> i8 {
            0
        }
    }

    impl Default for i16 {
        fn default() -> i16 {
            0
        }
    }

    impl Default for i32 {
        fn default() -> i32 {
            0
        }
    }

    impl Default for i64 {
        fn default() -> i64 {
            0
        }
    }

    impl Default for i128 {
        fn default() -> i128 {
            0
        }
    }

    impl Default for isize {
        fn default() -> isize {
            0
        }
    }

    impl Default for u8 {
        fn default() -> u8 {
            0
        }
    }

    impl Default for u16 {
        fn default() -> u16 {
            0
        }
    }

    impl Default for u32 {
        fn default() -> u32 {
            0
        }
    }

    impl Default for u64 {
        fn default() -> u64 {
            0
        }
    }

    impl Default for u128 {
        fn default() -> u128 {
            0
        }
    }

    impl Default for usize {
        fn default() -> usize {
            0
        }
    }

    impl Default for f32 {
        fn default() -> f32 {
            0.0
        }
    }

    impl Default for f64 {
        fn default() -> f64 {
            0.0
        }
    }
}

pub mod ops {
    //! The closure traits and the range types.

    use crate::clone::Clone;
    use crate::cmp::{Eq, PartialEq, PartialOrd};
    use crate::fmt::{Debug, Formatter, Result};
    use crate::result::Result::Ok;

    /// Closures and functions callable once. The checker implements the `FnOnce(A) -> B`
    /// sugar and the calls.
    #[lang = "fn_once"]
    pub trait FnOnce {}

    #[lang = "fn_mut"]
    pub trait FnMut: FnOnce {}

    #[lang = "fn"]
    pub trait Fn: FnMut {}

    /// `start..end`: the values `start <= x < end`.
    #[lang = "Range"]
    pub struct Range<Idx> {
        pub start: Idx,
        pub end: Idx,
    }

    impl<Idx: PartialOrd> Range<Idx> {
        pub fn contains(&self, item: &Idx) -> bool {
            self.start.le(item) && item.lt(&self.end)
        }

        pub fn is_empty(&self) -> bool {
            !self.start.lt(&self.end)
        }
    }

    impl<Idx: Clone> Clone for Range<Idx> {
        fn clone(&self) -> Range<Idx> {
            Range {
                start: self.start.clone(),
                end: self.end.clone(),
            }
        }
    }

    impl<Idx: PartialEq> PartialEq for Range<Idx> {
        fn eq(&self, other: &Range<Idx>) -> bool {
            self.start.eq(&other.start) && self.end.eq(&other.end)
        }
    }

    impl<Idx: Eq> Eq for Range<Idx> {}

    impl<Idx: Debug> Debug for Range<Idx> {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            self.start.fmt(f)?;
            f.write_str("..")?;
            self.end.fmt(f)
        }
    }

    /// `start..`: the values `start <= x`.
    #[lang = "RangeFrom"]
    pub struct RangeFrom<Idx> {
        pub start: Idx,
    }

    /// `..end`: the values `x < end`.
    #[lang = "RangeTo"]
    pub struct RangeTo<Idx> {
        pub end: Idx,
    }

    /// `..=end`: the values `x <= end`.
    #[lang = "RangeToInclusive"]
    pub struct RangeToInclusive<Idx> {
        pub end: Idx,
    }

    /// `..`: every value.
    #[lang = "RangeFull"]
    pub struct RangeFull;

    impl<Idx: Debug> Debug for RangeFrom<Idx> {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            self.start.fmt(f)?;
            f.write_str("..")
        }
    }

    impl<Idx: Debug> Debug for RangeTo<Idx> {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.write_str("..")?;
            self.end.fmt(f)
        }
    }

    impl<Idx: Debug> Debug for RangeToInclusive<Idx> {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.write_str("..=")?;
            self.end.fmt(f)
        }
    }

    impl Debug for RangeFull {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.write_str("..")
        }
    }

    /// `start..=end`: the values `start <= x <= end`. `exhausted` is set when iteration
    /// has yielded `end`, as in std.
    #[lang = "RangeInclusive"]
    pub struct RangeInclusive<Idx> {
        pub(crate) start: Idx,
        pub(crate) end: Idx,
        pub(crate) exhausted: bool,
    }

    impl<Idx> RangeInclusive<Idx> {
        pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
            RangeInclusive {
                start,
                end,
                exhausted: false,
            }
        }

        pub fn start(&self) -> &Idx {
            &self.start
        }

        pub fn end(&self) -> &Idx {
            &self.end
        }

        pub fn into_inner(self) -> (Idx, Idx) {
            (self.start, self.end)
        }
    }

    impl<Idx: PartialOrd> RangeInclusive<Idx> {
        pub fn contains(&self, item: &Idx) -> bool {
            self.start.le(item) && item.le(&self.end)
        }

        pub fn is_empty(&self) -> bool {
            self.exhausted || !self.start.le(&self.end)
        }
    }

    impl<Idx: Clone> Clone for RangeInclusive<Idx> {
        fn clone(&self) -> RangeInclusive<Idx> {
            RangeInclusive {
                start: self.start.clone(),
                end: self.end.clone(),
                exhausted: self.exhausted,
            }
        }
    }

    impl<Idx: PartialEq> PartialEq for RangeInclusive<Idx> {
        fn eq(&self, other: &RangeInclusive<Idx>) -> bool {
            self.start.eq(&other.start)
                && self.end.eq(&other.end)
                && self.exhausted == other.exhausted
        }
    }

    impl<Idx: Eq> Eq for RangeInclusive<Idx> {}

    impl<Idx: Debug> Debug for RangeInclusive<Idx> {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            self.start.fmt(f)?;
            f.write_str("..=")?;
            self.end.fmt(f)?;
            if self.exhausted {
                f.write_str(" (exhausted)")?;
            }
            Ok(())
        }
    }
}

pub mod option {
    //! `Option<T>`.

    use self::Option::{None, Some};
    use crate::clone::Clone;
    use crate::cmp::Ordering::{self, Equal, Greater, Less};
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::default::Default;
    use crate::fmt::{self, Debug, Formatter};
    use crate::marker::Copy;
    use crate::mem;
    use crate::ops::FnOnce;
    use crate::result::Result::{self, Err, Ok};

    #[lang = "Option"]
    pub enum Option<T> {
        None,
        Some(T),
    }

    impl<T> Option<T> {
        pub fn is_some(&self) -> bool {
            match self {
                Some(_) => true,
                None => false,
            }
        }

        pub fn is_none(&self) -> bool {
            !self.is_some()
        }

        pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
            match self {
                Some(x) => f(x),
                None => false,
            }
        }

        pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
            match self {
                Some(x) => f(x),
                None => true,
            }
        }

        pub fn as_ref(&self) -> Option<&T> {
            match self {
                Some(x) => Some(x),
                None => None,
            }
        }

        pub fn as_mut(&mut self) -> Option<&mut T> {
            match self {
                Some(x) => Some(x),
                None => None,
            }
        }

        pub fn expect(self, msg: &str) -> T {
            match self {
                Some(x) => x,
                None => panic!("{}", msg),
            }
        }

        pub fn unwrap(self) -> T {
            match self {
                Some(x) => x,
                None => panic!("called `Option::unwrap()` on a `None` value"),
            }
        }

        pub fn unwrap_or(self, default: T) -> T {
            match self {
                Some(x) => x,
                None => default,
            }
        }

        pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
            match self {
                Some(x) => x,
                None => f(),
            }
        }

        pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
            match self {
                Some(x) => Some(f(x)),
                None => None,
            }
        }

        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
            match self {
                Some(x) => f(x),
                None => default,
            }
        }

        pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
            match self {
                Some(x) => f(x),
                None => default(),
            }
        }

        pub fn ok_or<E>(self, err: E) -> Result<T, E> {
            match self {
                Some(x) => Ok(x),
                None => Err(err),
            }
        }

        pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
            match self {
                Some(x) => Ok(x),
                None => Err(err()),
            }
        }

        pub fn and<U>(self, optb: Option<U>) -> Option<U> {
            match self {
                Some(_) => optb,
                None => None,
            }
        }

        pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
            match self {
                Some(x) => f(x),
                None => None,
            }
        }

        pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
            match self {
                Some(x) => {
                    if predicate(&x) {
                        Some(x)
                    } else {
                        None
                    }
                }
                None => None,
            }
        }

        pub fn or(self, optb: Option<T>) -> Option<T> {
            match self {
                Some(x) => Some(x),
                None => optb,
            }
        }

        pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
            match self {
                Some(x) => Some(x),
                None => f(),
            }
        }

        pub fn xor(self, optb: Option<T>) -> Option<T> {
            match (self, optb) {
                (Some(a), None) => Some(a),
                (None, Some(b)) => Some(b),
                _ => None,
            }
        }

        pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
            match (self, other) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            }
        }

        pub fn insert(&mut self, value: T) -> &mut T {
            *self = Some(value);
            match self {
                Some(x) => x,
                None => unreachable!(),
            }
        }

        pub fn get_or_insert(&mut self, value: T) -> &mut T {
            if self.is_none() {
                *self = Some(value);
            }
            match self {
                Some(x) => x,
                None => unreachable!(),
            }
        }

        pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
            if self.is_none() {
                *self = Some(f());
            }
            match self {
                Some(x) => x,
                None => unreachable!(),
            }
        }

        pub fn take(&mut self) -> Option<T> {
            mem::replace(self, None)
        }

        pub fn replace(&mut self, value: T) -> Option<T> {
            mem::replace(self, Some(value))
        }
    }

    impl<T: Default> Option<T> {
        pub fn unwrap_or_default(self) -> T {
            match self {
                Some(x) => x,
                None => T::default(),
            }
        }
    }

    impl<T: Clone> Option<&T> {
        pub fn cloned(self) -> Option<T> {
            match self {
                Some(t) => Some(t.clone()),
                None => None,
            }
        }
    }

    impl<T: Copy> Option<&T> {
        pub fn copied(self) -> Option<T> {
            match self {
                Some(t) => Some(*t),
                None => None,
            }
        }
    }

    impl<T> Option<Option<T>> {
        pub fn flatten(self) -> Option<T> {
            match self {
                Some(inner) => inner,
                None => None,
            }
        }
    }

    impl<T, E> Option<Result<T, E>> {
        pub fn transpose(self) -> Result<Option<T>, E> {
            match self {
                Some(Ok(x)) => Ok(Some(x)),
                Some(Err(e)) => Err(e),
                None => Ok(None),
            }
        }
    }

    impl<T: Clone> Clone for Option<T> {
        fn clone(&self) -> Option<T> {
            match self {
                Some(x) => Some(x.clone()),
                None => None,
            }
        }
    }

    impl<T: Copy> Copy for Option<T> {}

    impl<T> Default for Option<T> {
        fn default() -> Option<T> {
            None
        }
    }

    impl<T: PartialEq> PartialEq for Option<T> {
        fn eq(&self, other: &Option<T>) -> bool {
            match (self, other) {
                (Some(a), Some(b)) => a.eq(b),
                (None, None) => true,
                _ => false,
            }
        }
    }

    impl<T: Eq> Eq for Option<T> {}

    /// `None` is less than any `Some`, as with a derived impl.
    impl<T: PartialOrd> PartialOrd for Option<T> {
        fn partial_cmp(&self, other: &Option<T>) -> Option<Ordering> {
            match (self, other) {
                (Some(a), Some(b)) => a.partial_cmp(b),
                (None, None) => Some(Equal),
                (None, Some(_)) => Some(Less),
                (Some(_), None) => Some(Greater),
            }
        }
    }

    impl<T: Ord> Ord for Option<T> {
        fn cmp(&self, other: &Option<T>) -> Ordering {
            match (self, other) {
                (Some(a), Some(b)) => a.cmp(b),
                (None, None) => Equal,
                (None, Some(_)) => Less,
                (Some(_), None) => Greater,
            }
        }
    }

    impl<T: Debug> Debug for Option<T> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            match self {
                Some(x) => f.debug_tuple("Some").field(x).finish(),
                None => f.write_str("None"),
            }
        }
    }
}

pub mod result {
    //! `Result<T, E>`.

    use self::Result::{Err, Ok};
    use crate::clone::Clone;
    use crate::cmp::Ordering::{self, Greater, Less};
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::default::Default;
    use crate::fmt::{self, Debug, Formatter};
    use crate::marker::Copy;
    use crate::ops::FnOnce;
    use crate::option::Option::{self, None, Some};

    #[lang = "Result"]
    pub enum Result<T, E> {
        Ok(T),
        Err(E),
    }

    impl<T, E> Result<T, E> {
        pub fn is_ok(&self) -> bool {
            match self {
                Ok(_) => true,
                Err(_) => false,
            }
        }

        pub fn is_err(&self) -> bool {
            !self.is_ok()
        }

        pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
            match self {
                Ok(x) => f(x),
                Err(_) => false,
            }
        }

        pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
            match self {
                Ok(_) => false,
                Err(e) => f(e),
            }
        }

        pub fn ok(self) -> Option<T> {
            match self {
                Ok(x) => Some(x),
                Err(_) => None,
            }
        }

        pub fn err(self) -> Option<E> {
            match self {
                Ok(_) => None,
                Err(e) => Some(e),
            }
        }

        pub fn as_ref(&self) -> Result<&T, &E> {
            match self {
                Ok(x) => Ok(x),
                Err(e) => Err(e),
            }
        }

        pub fn as_mut(&mut self) -> Result<&mut T, &mut E> {
            match self {
                Ok(x) => Ok(x),
                Err(e) => Err(e),
            }
        }

        pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
            match self {
                Ok(t) => Ok(op(t)),
                Err(e) => Err(e),
            }
        }

        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
            match self {
                Ok(t) => f(t),
                Err(_) => default,
            }
        }

        pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
            match self {
                Ok(t) => f(t),
                Err(e) => default(e),
            }
        }

        pub fn map_err<F, O: FnOnce(E) -> F>(self, op: O) -> Result<T, F> {
            match self {
                Ok(t) => Ok(t),
                Err(e) => Err(op(e)),
            }
        }

        pub fn and<U>(self, res: Result<U, E>) -> Result<U, E> {
            match self {
                Ok(_) => res,
                Err(e) => Err(e),
            }
        }

        pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
            match self {
                Ok(t) => op(t),
                Err(e) => Err(e),
            }
        }

        pub fn or<F>(self, res: Result<T, F>) -> Result<T, F> {
            match self {
                Ok(v) => Ok(v),
                Err(_) => res,
            }
        }

        pub fn or_else<F, O: FnOnce(E) -> Result<T, F>>(self, op: O) -> Result<T, F> {
            match self {
                Ok(t) => Ok(t),
                Err(e) => op(e),
            }
        }

        pub fn unwrap_or(self, default: T) -> T {
            match self {
                Ok(t) => t,
                Err(_) => default,
            }
        }

        pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
            match self {
                Ok(t) => t,
                Err(e) => op(e),
            }
        }
    }

    impl<T: Default, E> Result<T, E> {
        pub fn unwrap_or_default(self) -> T {
            match self {
                Ok(x) => x,
                Err(_) => T::default(),
            }
        }
    }

    impl<T, E: Debug> Result<T, E> {
        pub fn expect(self, msg: &str) -> T {
            match self {
                Ok(t) => t,
                Err(e) => panic!("{}: {:?}", msg, e),
            }
        }

        pub fn unwrap(self) -> T {
            match self {
                Ok(t) => t,
                Err(e) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", e),
            }
        }
    }

    impl<T: Debug, E> Result<T, E> {
        pub fn expect_err(self, msg: &str) -> E {
            match self {
                Ok(t) => panic!("{}: {:?}", msg, t),
                Err(e) => e,
            }
        }

        pub fn unwrap_err(self) -> E {
            match self {
                Ok(t) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", t),
                Err(e) => e,
            }
        }
    }

    impl<T, E> Result<Option<T>, E> {
        pub fn transpose(self) -> Option<Result<T, E>> {
            match self {
                Ok(Some(x)) => Some(Ok(x)),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            }
        }
    }

    impl<T: Clone, E: Clone> Clone for Result<T, E> {
        fn clone(&self) -> Result<T, E> {
            match self {
                Ok(x) => Ok(x.clone()),
                Err(e) => Err(e.clone()),
            }
        }
    }

    impl<T: Copy, E: Copy> Copy for Result<T, E> {}

    impl<T: PartialEq, E: PartialEq> PartialEq for Result<T, E> {
        fn eq(&self, other: &Result<T, E>) -> bool {
            match (self, other) {
                (Ok(a), Ok(b)) => a.eq(b),
                (Err(a), Err(b)) => a.eq(b),
                _ => false,
            }
        }
    }

    impl<T: Eq, E: Eq> Eq for Result<T, E> {}

    /// Any `Ok` is less than any `Err`, as with a derived impl.
    impl<T: PartialOrd, E: PartialOrd> PartialOrd for Result<T, E> {
        fn partial_cmp(&self, other: &Result<T, E>) -> Option<Ordering> {
            match (self, other) {
                (Ok(a), Ok(b)) => a.partial_cmp(b),
                (Err(a), Err(b)) => a.partial_cmp(b),
                (Ok(_), Err(_)) => Some(Less),
                (Err(_), Ok(_)) => Some(Greater),
            }
        }
    }

    impl<T: Ord, E: Ord> Ord for Result<T, E> {
        fn cmp(&self, other: &Result<T, E>) -> Ordering {
            match (self, other) {
                (Ok(a), Ok(b)) => a.cmp(b),
                (Err(a), Err(b)) => a.cmp(b),
                (Ok(_), Err(_)) => Less,
                (Err(_), Ok(_)) => Greater,
            }
        }
    }

    impl<T: Debug, E: Debug> Debug for Result<T, E> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            match self {
                Ok(x) => f.debug_tuple("Ok").field(x).finish(),
                Err(e) => f.debug_tuple("Err").field(e).finish(),
            }
        }
    }
}

pub mod fmt {
    //! Formatting: `Debug`, `Display`, `Formatter`, `Write`.
    //!
    //! `format!`, `println!`, `write!` and friends are built into the checker: it turns the
    //! format string and arguments into an `Arguments` value and calls `write_fmt`, which sets
    //! the `Formatter`'s options for each argument and calls the argument's `Debug::fmt` or
    //! `Display::fmt`. Everything below that is Rust, except float formatting and the escaping
    //! done by `Debug` for `str` and `char` (which need Unicode tables).

    use crate::clone::Clone;
    use crate::cmp::{Eq, PartialEq};
    use crate::default::Default;
    use crate::marker::Copy;
    use crate::option::Option::{self, None, Some};
    use crate::result::Result::{Err, Ok};
    use crate::str::{char_count, prefix_chars};
    use crate::string::String;

    /// The result of a formatting operation.
    pub type Result = crate::result::Result<(), Error>;

    /// A formatting error. Carries no information, as in std.
    pub struct Error;

    /// `{:?}` formatting.
    #[lang = "Debug"]
    pub trait Debug {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }

    /// `{}` formatting.
    #[lang = "Display"]
    pub trait Display {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }

    /// A sink for formatted text (`use std::fmt::Write;` makes `write!` work on a `String`).
    pub trait Write {
        fn write_str(&mut self, s: &str) -> Result;

        fn write_char(&mut self, c: char) -> Result {
            let mut s = String::new();
            s.push(c);
            self.write_str(s.as_str())
        }

        fn write_fmt(&mut self, args: Arguments) -> Result {
            let mut s = String::new();
            let r = Formatter::new(&mut s).write_fmt(args);
            match r {
                Ok(()) => self.write_str(s.as_str()),
                Err(e) => Err(e),
            }
        }
    }

    /// A format string with its arguments, as built by the checker for the formatting
    /// macros. Its contents are private to the checker and the back end.
    #[lang = "Arguments"]
    pub struct Arguments {
        _private: (),
    }

    /// The alignment requested by `{:<}`, `{:>}` or `{:^}`.
    pub enum Alignment {
        Left,
        Right,
        Center,
    }

    // Bits of `Formatter::flags`, as std numbers them.
    const FLAG_SIGN_PLUS: u32 = 1;
    const FLAG_SIGN_MINUS: u32 = 2;
    const FLAG_ALTERNATE: u32 = 4;
    const FLAG_SIGN_AWARE_ZERO_PAD: u32 = 8;

    /// Where formatted text goes, and the options of the argument being formatted
    /// (`write_fmt` sets them from the format spec before calling the argument's `fmt`).
    #[lang = "Formatter"]
    pub struct Formatter<'a> {
        buf: &'a mut String,
        flags: u32,
        fill: char,
        align: Option<Alignment>,
        width: Option<usize>,
        precision: Option<usize>,
    }

    impl<'a> Formatter<'a> {
        /// A formatter with default options that appends to `buf`.
        pub(crate) fn new(buf: &'a mut String) -> Formatter<'a> {
            Formatter {
                buf,
                flags: 0,
                fill: ' ',
                align: None,
                width: None,
                precision: None,
            }
        }

        /// Formats `args` into this formatter's output (what `write!(f, ...)` calls).
        #[rustc_intrinsic]
        pub fn write_fmt(&mut self, args: Arguments) -> Result;

        // Float formatting (shortest round-trip digits, or `precision` digits; `Debug` always
        // shows a fractional part or an exponent), with the sign and padding rules of
        // `pad_integral`.
        #[rustc_intrinsic]
        pub(crate) fn display_f32(&mut self, v: f32) -> Result;
        #[rustc_intrinsic]
        pub(crate) fn display_f64(&mut self, v: f64) -> Result;
        #[rustc_intrinsic]
        pub(crate) fn debug_f32(&mut self, v: f32) -> Result;
        #[rustc_intrinsic]
        pub(crate) fn debug_f64(&mut self, v: f64) -> Result;

        // `Debug` for `str` and `char`: quotes plus `char::escape_debug`, which needs the
        // Unicode printable and grapheme-extend tables. Neither pads, as in std.
        #[rustc_intrinsic]
        pub(crate) fn debug_str(&mut self, s: &str) -> Result;
        #[rustc_intrinsic]
        pub(crate) fn debug_char(&mut self, c: char) -> Result;

        pub fn write_str(&mut self, data: &str) -> Result {
            self.buf.push_str(data);
            Ok(())
        }

        pub fn write_char(&mut self, c: char) -> Result {
            self.buf.push(c);
            Ok(())
        }

        pub fn fill(&self) -> char {
            self.fill
        }

        pub fn width(&self) -> Option<usize> {
            self.width
        }

        pub fn precision(&self) -> Option<usize> {
            self.precision
        }

        pub fn sign_plus(&self) -> bool {
            (self.flags & FLAG_SIGN_PLUS) != 0
        }

        pub fn sign_minus(&self) -> bool {
            (self.flags & FLAG_SIGN_MINUS) != 0
        }

        pub fn alternate(&self) -> bool {
            (self.flags & FLAG_ALTERNATE) != 0
        }

        pub fn sign_aware_zero_pad(&self) -> bool {
            (self.flags & FLAG_SIGN_AWARE_ZERO_PAD) != 0
        }

        /// Writes `count` fill characters.
        fn write_fill(&mut self, count: usize) {
            let mut i = 0;
            while i < count {
                self.buf.push(self.fill);
                i += 1;
            }
        }

        /// Writes the padding that goes before the text and returns how much goes after it.
        /// `default` is the alignment when the format spec gives none.
        fn padding(&mut self, padding: usize, default: Alignment) -> usize {
            let align = match self.align {
                Some(Alignment::Left) => Alignment::Left,
                Some(Alignment::Right) => Alignment::Right,
                Some(Alignment::Center) => Alignment::Center,
                None => default,
            };
            let (pre, post) = match align {
                Alignment::Left => (0, padding),
                Alignment::Right => (padding, 0),
                Alignment::Center => (padding / 2, (padding + 1) / 2),
            };
            self.write_fill(pre);
            post
        }

        /// Writes `s` honouring width (left-aligned by default) and precision (the maximum
        /// number of characters), as `Display for str` does.
        pub fn pad(&mut self, s: &str) -> Result {
            if self.width.is_none() && self.precision.is_none() {
                return self.write_str(s);
            }
            let s = match self.precision {
                Some(max) => prefix_chars(s, max),
                None => s,
            };
            match self.width {
                Some(width) => {
                    let count = char_count(s);
                    if count >= width {
                        self.write_str(s)
                    } else {
                        let post = self.padding(width - count, Alignment::Left);
                        self.buf.push_str(s);
                        self.write_fill(post);
                        Ok(())
                    }
                }
                None => self.write_str(s),
            }
        }

        /// Writes a number whose digits are `digits`: the sign (`-` unless `is_nonnegative`,
        /// `+` if `{:+}`), `prefix` if `{:#}`, and padding (right-aligned by default, zeros
        /// after the sign for `{:0N}`), as std does.
        pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, digits: &str) -> Result {
            let mut width = digits.len();
            let mut sign: Option<char> = None;
            if !is_nonnegative {
                sign = Some('-');
                width += 1;
            } else if self.sign_plus() {
                sign = Some('+');
                width += 1;
            }
            let prefix = if self.alternate() {
                width += char_count(prefix);
                prefix
            } else {
                ""
            };
            let min = match self.width {
                Some(min) => min,
                None => 0,
            };
            if width >= min {
                self.write_sign_prefix(sign, prefix);
                self.buf.push_str(digits);
            } else if self.sign_aware_zero_pad() {
                let old_fill = self.fill;
                self.fill = '0';
                self.write_sign_prefix(sign, prefix);
                let post = self.padding_right(min - width);
                self.buf.push_str(digits);
                self.write_fill(post);
                self.fill = old_fill;
            } else {
                let post = self.padding(min - width, Alignment::Right);
                self.write_sign_prefix(sign, prefix);
                self.buf.push_str(digits);
                self.write_fill(post);
            }
            Ok(())
        }

        fn padding_right(&mut self, padding: usize) -> usize {
            self.write_fill(padding);
            0
        }

        fn write_sign_prefix(&mut self, sign: Option<char>, prefix: &str) {
            match sign {
                Some(c) => self.buf.push(c),
                None => {}
            }
            self.buf.push_str(prefix);
        }

        /// Starts `Name(a, b)` output, as `#[derive(Debug)]` on a tuple struct or variant does.
        pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
            self.buf.push_str(name);
            DebugTuple {
                fmt: self,
                fields: 0,
                empty_name: name.is_empty(),
                is_err: false,
            }
        }

        /// Starts `Name { a: 1, b: 2 }` output, as `#[derive(Debug)]` on a struct does.
        pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
            self.buf.push_str(name);
            DebugStruct {
                fmt: self,
                has_fields: false,
                is_err: false,
            }
        }

        /// Starts `[a, b]` output.
        pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
            self.buf.push_str("[");
            DebugList {
                fmt: self,
                has_fields: false,
                is_err: false,
            }
        }
    }

    /// Builder returned by `Formatter::debug_tuple`. (`{:#?}` is outside the subset, so the
    /// builders only produce the one-line form.)
    pub struct DebugTuple<'a, 'b> {
        fmt: &'a mut Formatter<'b>,
        fields: usize,
        empty_name: bool,
        is_err: bool,
    }

    impl<'a, 'b> DebugTuple<'a, 'b> {
        pub fn field<T: Debug>(&mut self, value: &T) -> &mut DebugTuple<'a, 'b> {
            if !self.is_err {
                if self.fields == 0 {
                    self.fmt.buf.push_str("(");
                } else {
                    self.fmt.buf.push_str(", ");
                }
                self.is_err = Debug::fmt(value, self.fmt).is_err();
            }
            self.fields += 1;
            self
        }

        pub fn finish(&mut self) -> Result {
            if self.fields > 0 && !self.is_err {
                if self.fields == 1 && self.empty_name {
                    self.fmt.buf.push_str(",");
                }
                self.fmt.buf.push_str(")");
            }
            if self.is_err {
                Err(Error)
            } else {
                Ok(())
            }
        }
    }

    /// Builder returned by `Formatter::debug_struct`.
    pub struct DebugStruct<'a, 'b> {
        fmt: &'a mut Formatter<'b>,
        has_fields: bool,
        is_err: bool,
    }

    impl<'a, 'b> DebugStruct<'a, 'b> {
        pub fn field<T: Debug>(&mut self, name: &str, value: &T) -> &mut DebugStruct<'a, 'b> {
            if !self.is_err {
                if self.has_fields {
                    self.fmt.buf.push_str(", ");
                } else {
                    self.fmt.buf.push_str(" { ");
                }
                self.fmt.buf.push_str(name);
                self.fmt.buf.push_str(": ");
                self.is_err = Debug::fmt(value, self.fmt).is_err();
            }
            self.has_fields = true;
            self
        }

        pub fn finish(&mut self) -> Result {
            if self.has_fields && !self.is_err {
                self.fmt.buf.push_str(" }");
            }
            if self.is_err {
                Err(Error)
            } else {
                Ok(())
            }
        }
    }

    /// Builder returned by `Formatter::debug_list`.
    pub struct DebugList<'a, 'b> {
        fmt: &'a mut Formatter<'b>,
        has_fields: bool,
        is_err: bool,
    }

    impl<'a, 'b> DebugList<'a, 'b> {
        pub fn entry<T: Debug>(&mut self, value: &T) -> &mut DebugList<'a, 'b> {
            if !self.is_err {
                if self.has_fields {
                    self.fmt.buf.push_str(", ");
                }
                self.is_err = Debug::fmt(value, self.fmt).is_err();
            }
            self.has_fields = true;
            self
        }

        pub fn finish(&mut self) -> Result {
            if self.is_err {
                return Err(Error);
            }
            self.fmt.buf.push_str("]");
            Ok(())
        }
    }

    /// Formats a signed integer (widened to i128).
    fn fmt_signed(v: i128, f: &mut Formatter<'_>) -> Result {
        if v < 0 {
            // -(v + 1) cannot overflow, even for i128::MIN.
            fmt_unsigned((-(v + 1)) as u128 + 1, false, f)
        } else {
            fmt_unsigned(v as u128, true, f)
        }
    }

    /// Formats the magnitude `n` in decimal, with a `-` sign unless `is_nonnegative`.
    fn fmt_unsigned(n: u128, is_nonnegative: bool, f: &mut Formatter<'_>) -> Result {
        let mut div: u128 = 1;
        while n / div >= 10 {
            div *= 10;
        }
        let mut digits = String::new();
        while div > 0 {
            digits.push((b'0' + ((n / div) % 10) as u8) as char);
            div /= 10;
        }
        f.pad_integral(is_nonnegative, "", digits.as_str())
    }

    // Primitive types.

    impl Debug for i8 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Display for i8 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Debug for i16 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Display for i16 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Debug for i32 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Display for i32 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Debug for i64 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Display for i64 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Debug for i128 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Display for i128 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Debug for isize {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Display for isize {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_signed(*self as i128, f)
        }
    }

    impl Debug for u8 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Display for u8 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Debug for u16 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Display for u16 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Debug for u32 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Display for u32 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Debug for u64 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Display for u64 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Debug for u128 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Display for u128 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Debug for usize {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Display for usize {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            fmt_unsigned(*self as u128, true, f)
        }
    }

    impl Debug for f32 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.debug_f32(*self)
        }
    }

    impl Display for f32 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.display_f32(*self)
        }
    }

    impl Debug for f64 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.debug_f64(*self)
        }
    }

    impl Display for f64 {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.display_f64(*self)
        }
    }

    impl Debug for bool {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.pad(if *self { "true" } else { "false" })
        }
    }

    impl Display for bool {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.pad(if *self { "true" } else { "false" })
        }
    }

    impl Debug for char {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.debug_char(*self)
        }
    }

    impl Display for char {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            if f.width.is_none() && f.precision.is_none() {
                f.write_char(*self)
            } else {
                let mut s = String::new();
                s.push(*self);
                f.pad(s.as_str())
            }
        }
    }

    impl Debug for str {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.debug_str(self)
        }
    }

    impl Display for str {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.pad(self)
        }
    }

    impl Write for String {
        fn write_str(&mut self, s: &str) -> Result {
            self.push_str(s);
            Ok(())
        }

        fn write_char(&mut self, c: char) -> Result {
            self.push(c);
            Ok(())
        }
    }

    impl Clone for Error {
        fn clone(&self) -> Error {
            Error
        }
    }

    impl Copy for Error {}

    impl PartialEq for Error {
        fn eq(&self, _other: &Error) -> bool {
            true
        }
    }

    impl Eq for Error {}

    impl Default for Error {
        fn default() -> Error {
            Error
        }
    }

    impl Debug for Error {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.write_str("Error")
        }
    }

    impl Display for Error {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            f.write_str("an error occurred when formatting an argument")
        }
    }

    impl Clone for Alignment {
        fn clone(&self) -> Alignment {
            *self
        }
    }

    impl Copy for Alignment {}

    impl PartialEq for Alignment {
        fn eq(&self, other: &Alignment) -> bool {
            match (self, other) {
                (Alignment::Left, Alignment::Left) => true,
                (Alignment::Right, Alignment::Right) => true,
                (Alignment::Center, Alignment::Center) => true,
                _ => false,
            }
        }
    }

    impl Eq for Alignment {}

    impl Debug for Alignment {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            match self {
                Alignment::Left => f.write_str("Left"),
                Alignment::Right => f.write_str("Right"),
                Alignment::Center => f.write_str("Center"),
            }
        }
    }
}

pub mod iter {
    //! `Iterator` with the adapters `map`, `filter`, `enumerate`, `zip` and the consumers
    //! `count`, `sum`, `collect`; `IntoIterator`; the iterators of ranges of integers and chars.
    //! `Summand` and `FromIterator` stand for std's generic `Sum<A>` and `FromIterator<A>`
    //! (generic traits are a later wave of the subset): the element type says what it sums to,
    //! a collection says what it collects.

    use crate::char::char_after;
    use crate::ops::{FnMut, Range, RangeFrom, RangeInclusive};
    use crate::option::Option::{self, None, Some};
    use crate::string::String;
    use crate::vec::Vec;

    #[lang = "Iterator"]
    pub trait Iterator {
        type Item;

        fn next(&mut self) -> Option<Self::Item>;

        fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> {
            Map { iter: self, f: f }
        }

        fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> {
            Filter { iter: self, predicate: predicate }
        }

        fn enumerate(self) -> Enumerate<Self> {
            Enumerate { iter: self, count: 0 }
        }

        fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
            Zip { a: self, b: other.into_iter() }
        }

        fn count(self) -> usize {
            let mut it = self;
            let mut n: usize = 0;
            while let Some(_) = it.next() {
                n += 1;
            }
            n
        }

        fn sum<S>(self) -> S
        where
            Self::Item: Summand<Total = S>,
        {
            let mut it = self;
            let mut total = <Self::Item as Summand>::zero();
            while let Some(x) = it.next() {
                total = x.add_to(total);
            }
            total
        }

        fn collect<B: FromIterator<Elem = Self::Item>>(self) -> B {
            B::from_iter(self)
        }

        fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B {
            let mut it = self;
            let mut g = f;
            let mut acc = init;
            while let Some(x) = it.next() {
                acc = g(acc, x);
            }
            acc
        }

        fn for_each<F: FnMut(Self::Item)>(self, f: F) {
            let mut it = self;
            let mut g = f;
            while let Some(x) = it.next() {
                g(x);
            }
        }

        fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool {
            let mut g = f;
            while let Some(x) = self.next() {
                if g(x) {
                    return true;
                }
            }
            false
        }

        fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool {
            let mut g = f;
            while let Some(x) = self.next() {
                if !g(x) {
                    return false;
                }
            }
            true
        }

        fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> {
            let mut p = predicate;
            while let Some(x) = self.next() {
                if p(&x) {
                    return Some(x);
                }
            }
            None
        }

        fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize> {
            let mut p = predicate;
            let mut i: usize = 0;
            while let Some(x) = self.next() {
                if p(x) {
                    return Some(i);
                }
                i += 1;
            }
            None
        }

        fn last(self) -> Option<Self::Item> {
            let mut it = self;
            let mut last = None;
            while let Some(x) = it.next() {
                last = Some(x);
            }
            last
        }

        fn nth(&mut self, n: usize) -> Option<Self::Item> {
            let mut k = n;
            while let Some(x) = self.next() {
                if k == 0 {
                    return Some(x);
                }
                k -= 1;
            }
            None
        }

        /// The last of the greatest elements, as std.
        fn max(self) -> Option<Self::Item>
        where
            Self::Item: Ord,
        {
            let mut it = self;
            let mut best = match it.next() {
                Some(x) => x,
                None => return None,
            };
            while let Some(x) = it.next() {
                if x.cmp(&best) != crate::cmp::Ordering::Less {
                    best = x;
                }
            }
            Some(best)
        }

        /// The first of the least elements, as std.
        fn min(self) -> Option<Self::Item>
        where
            Self::Item: Ord,
        {
            let mut it = self;
            let mut best = match it.next() {
                Some(x) => x,
                None => return None,
            };
            while let Some(x) = it.next() {
                if x.cmp(&best) == crate::cmp::Ordering::Less {
                    best = x;
                }
            }
            Some(best)
        }

        fn take(self, n: usize) -> Take<Self> {
            Take { iter: self, n: n }
        }

        fn skip(self, n: usize) -> Skip<Self> {
            Skip { iter: self, n: n }
        }

        fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
            FilterMap { iter: self, f: f }
        }

        fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> {
            Chain { a: self, b: other.into_iter(), first_done: false }
        }

        fn cloned<'a, T: Clone>(self) -> Cloned<Self>
        where
            Self: Iterator<Item = &'a T>,
        {
            Cloned { iter: self }
        }

        fn copied<'a, T: Copy>(self) -> Cloned<Self>
        where
            Self: Iterator<Item = &'a T>,
        {
            Cloned { iter: self }
        }
    }

    pub struct Take<I> {
        iter: I,
        n: usize,
    }

    impl<I: Iterator> Iterator for Take<I> {
        type Item = I::Item;
        fn next(&mut self) -> Option<I::Item> {
            if self.n == 0 {
                None
            } else {
                self.n -= 1;
                self.iter.next()
            }
        }
    }

    pub struct Skip<I> {
        iter: I,
        n: usize,
    }

    impl<I: Iterator> Iterator for Skip<I> {
        type Item = I::Item;
        fn next(&mut self) -> Option<I::Item> {
            while self.n > 0 {
                self.n -= 1;
                if self.iter.next().is_none() {
                    return None;
                }
            }
            self.iter.next()
        }
    }

    pub struct FilterMap<I, F> {
        iter: I,
        f: F,
    }

    impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
        type Item = B;
        fn next(&mut self) -> Option<B> {
            while let Some(x) = self.iter.next() {
                if let Some(y) = (self.f)(x) {
                    return Some(y);
                }
            }
            None
        }
    }

    pub struct Chain<A, B> {
        a: A,
        b: B,
        first_done: bool,
    }

    impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
        type Item = A::Item;
        fn next(&mut self) -> Option<A::Item> {
            if !self.first_done {
                match self.a.next() {
                    Some(x) => return Some(x),
                    None => self.first_done = true,
                }
            }
            self.b.next()
        }
    }

    /// `cloned()` and `copied()` (a copy is a clone for a Copy type).
    pub struct Cloned<I> {
        iter: I,
    }

    impl<'a, T: Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            match self.iter.next() {
                Some(x) => Some(x.clone()),
                None => None,
            }
        }
    }

    /// What `Iterator::sum` adds up: numbers and references to them.
    #[lang = "Summand"]
    pub trait Summand {
        type Total;
        fn zero() -> Self::Total;
        fn add_to(self, total: Self::Total) -> Self::Total;
    }

    impl Summand for i8 {
        type Total = i8;
        fn zero() -> i8 {
            0
        }
        fn add_to(self, total: i8) -> i8 {
            total + self
        }
    }

    impl<'a> Summand for &'a i8 {
        type Total = i8;
        fn zero() -> i8 {
            0
        }
        fn add_to(self, total: i8) -> i8 {
            total + *self
        }
    }

    impl Summand for i16 {
        type Total = i16;
        fn zero() -> i16 {
            0
        }
        fn add_to(self, total: i16) -> i16 {
            total + self
        }
    }

    impl<'a> Summand for &'a i16 {
        type Total = i16;
        fn zero() -> i16 {
            0
        }
        fn add_to(self, total: i16) -> i16 {
            total + *self
        }
    }

    impl Summand for i32 {
        type Total = i32;
        fn zero() -> i32 {
            0
        }
        fn add_to(self, total: i32) -> i32 {
            total + self
        }
    }

    impl<'a> Summand for &'a i32 {
        type Total = i32;
        fn zero() -> i32 {
            0
        }
        fn add_to(self, total: i32) -> i32 {
            total + *self
        }
    }

    impl Summand for i64 {
        type Total = i64;
        fn zero() -> i64 {
            0
        }
        fn add_to(self, total: i64) -> i64 {
            total + self
        }
    }

    impl<'a> Summand for &'a i64 {
        type Total = i64;
        fn zero() -> i64 {
            0
        }
        fn add_to(self, total: i64) -> i64 {
            total + *self
        }
    }

    impl Summand for i128 {
        type Total = i128;
        fn zero() -> i128 {
            0
        }
        fn add_to(self, total: i128) -> i128 {
            total + self
        }
    }

    impl<'a> Summand for &'a i128 {
        type Total = i128;
        fn zero() -> i128 {
            0
        }
        fn add_to(self, total: i128) -> i128 {
            total + *self
        }
    }

    impl Summand for isize {
        type Total = isize;
        fn zero() -> isize {
            0
        }
        fn add_to(self, total: isize) -> isize {
            total + self
        }
    }

    impl<'a> Summand for &'a isize {
        type Total = isize;
        fn zero() -> isize {
            0
        }
        fn add_to(self, total: isize) -> isize {
            total + *self
        }
    }

    impl Summand for u8 {
        type Total = u8;
        fn zero() -> u8 {
            0
        }
        fn add_to(self, total: u8) -> u8 {
            total + self
        }
    }

    impl<'a> Summand for &'a u8 {
        type Total = u8;
        fn zero() -> u8 {
            0
        }
        fn add_to(self, total: u8) -> u8 {
            total + *self
        }
    }

    impl Summand for u16 {
        type Total = u16;
        fn zero() -> u16 {
            0
        }
        fn add_to(self, total: u16) -> u16 {
            total + self
        }
    }

    impl<'a> Summand for &'a u16 {
        type Total = u16;
        fn zero() -> u16 {
            0
        }
        fn add_to(self, total: u16) -> u16 {
            total + *self
        }
    }

    impl Summand for u32 {
        type Total = u32;
        fn zero() -> u32 {
            0
        }
        fn add_to(self, total: u32) -> u32 {
            total + self
        }
    }

    impl<'a> Summand for &'a u32 {
        type Total = u32;
        fn zero() -> u32 {
            0
        }
        fn add_to(self, total: u32) -> u32 {
            total + *self
        }
    }

    impl Summand for u64 {
        type Total = u64;
        fn zero() -> u64 {
            0
        }
        fn add_to(self, total: u64) -> u64 {
            total + self
        }
    }

    impl<'a> Summand for &'a u64 {
        type Total = u64;
        fn zero() -> u64 {
            0
        }
        fn add_to(self, total: u64) -> u64 {
            total + *self
        }
    }

    impl Summand for u128 {
        type Total = u128;
        fn zero() -> u128 {
            0
        }
        fn add_to(self, total: u128) -> u128 {
            total + self
        }
    }

    impl<'a> Summand for &'a u128 {
        type Total = u128;
        fn zero() -> u128 {
            0
        }
        fn add_to(self, total: u128) -> u128 {
            total + *self
        }
    }

    impl Summand for usize {
        type Total = usize;
        fn zero() -> usize {
            0
        }
        fn add_to(self, total: usize) -> usize {
            total + self
        }
    }

    impl<'a> Summand for &'a usize {
        type Total = usize;
        fn zero() -> usize {
            0
        }
        fn add_to(self, total: usize) -> usize {
            total + *self
        }
    }

    impl Summand for f32 {
        type Total = f32;
        fn zero() -> f32 {
            0.0
        }
        fn add_to(self, total: f32) -> f32 {
            total + self
        }
    }

    impl<'a> Summand for &'a f32 {
        type Total = f32;
        fn zero() -> f32 {
            0.0
        }
        fn add_to(self, total: f32) -> f32 {
            total + *self
        }
    }

    impl Summand for f64 {
        type Total = f64;
        fn zero() -> f64 {
            0.0
        }
        fn add_to(self, total: f64) -> f64 {
            total + self
        }
    }

    impl<'a> Summand for &'a f64 {
        type Total = f64;
        fn zero() -> f64 {
            0.0
        }
        fn add_to(self, total: f64) -> f64 {
            total + *self
        }
    }

    /// What `Iterator::collect` builds.
    #[lang = "FromIterator"]
    pub trait FromIterator {
        type Elem;
        fn from_iter<I: Iterator<Item = Self::Elem>>(iter: I) -> Self;
    }

    impl<T> FromIterator for Vec<T> {
        type Elem = T;
        fn from_iter<I: Iterator<Item = T>>(iter: I) -> Vec<T> {
            let mut it = iter;
            let mut v = Vec::new();
            while let Some(x) = it.next() {
                v.push(x);
            }
            v
        }
    }

    impl FromIterator for String {
        type Elem = char;
        fn from_iter<I: Iterator<Item = char>>(iter: I) -> String {
            let mut it = iter;
            let mut s = String::new();
            while let Some(c) = it.next() {
                s.push(c);
            }
            s
        }
    }

    pub struct Map<I, F> {
        iter: I,
        f: F,
    }

    impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
        type Item = B;
        fn next(&mut self) -> Option<B> {
            match self.iter.next() {
                Some(x) => Some((self.f)(x)),
                None => None,
            }
        }
    }

    pub struct Filter<I, P> {
        iter: I,
        predicate: P,
    }

    impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
        type Item = I::Item;
        fn next(&mut self) -> Option<I::Item> {
            while let Some(x) = self.iter.next() {
                if (self.predicate)(&x) {
                    return Some(x);
                }
            }
            None
        }
    }

    pub struct Enumerate<I> {
        iter: I,
        count: usize,
    }

    impl<I: Iterator> Iterator for Enumerate<I> {
        type Item = (usize, I::Item);
        fn next(&mut self) -> Option<(usize, I::Item)> {
            match self.iter.next() {
                Some(x) => {
                    let i = self.count;
                    self.count += 1;
                    Some((i, x))
                }
                None => None,
            }
        }
    }

    pub struct Zip<A, B> {
        a: A,
        b: B,
    }

    impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
        type Item = (A::Item, B::Item);
        fn next(&mut self) -> Option<(A::Item, B::Item)> {
            match self.a.next() {
                Some(x) => match self.b.next() {
                    Some(y) => Some((x, y)),
                    None => None,
                },
                None => None,
            }
        }
    }

    /// What a `for` loop iterates over. (std also requires `IntoIter: Iterator<Item =
    /// Self::Item>`; bindings in bounds come in a later wave, and a `for` loop takes its item
    /// type from `IntoIter`'s `Iterator::Item` anyway.)
    #[lang = "IntoIterator"]
    pub trait IntoIterator {
        type Item;
        type IntoIter: Iterator;

        fn into_iter(self) -> Self::IntoIter;
    }

    impl<I: Iterator> IntoIterator for I {
        type Item = I::Item;
        type IntoIter = I;

        fn into_iter(self) -> I {
            self
        }
    }

    impl Iterator for Range<i8> {
        type Item = i8;
        fn next(&mut self) -> Option<i8> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<i8> {
        type Item = i8;
        fn next(&mut self) -> Option<i8> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<i16> {
        type Item = i16;
        fn next(&mut self) -> Option<i16> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<i16> {
        type Item = i16;
        fn next(&mut self) -> Option<i16> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<i32> {
        type Item = i32;
        fn next(&mut self) -> Option<i32> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<i32> {
        type Item = i32;
        fn next(&mut self) -> Option<i32> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<i64> {
        type Item = i64;
        fn next(&mut self) -> Option<i64> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<i64> {
        type Item = i64;
        fn next(&mut self) -> Option<i64> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<i128> {
        type Item = i128;
        fn next(&mut self) -> Option<i128> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<i128> {
        type Item = i128;
        fn next(&mut self) -> Option<i128> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<isize> {
        type Item = isize;
        fn next(&mut self) -> Option<isize> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<isize> {
        type Item = isize;
        fn next(&mut self) -> Option<isize> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<u8> {
        type Item = u8;
        fn next(&mut self) -> Option<u8> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<u8> {
        type Item = u8;
        fn next(&mut self) -> Option<u8> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<u16> {
        type Item = u16;
        fn next(&mut self) -> Option<u16> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<u16> {
        type Item = u16;
        fn next(&mut self) -> Option<u16> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<u32> {
        type Item = u32;
        fn next(&mut self) -> Option<u32> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<u32> {
        type Item = u32;
        fn next(&mut self) -> Option<u32> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<u64> {
        type Item = u64;
        fn next(&mut self) -> Option<u64> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<u64> {
        type Item = u64;
        fn next(&mut self) -> Option<u64> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<u128> {
        type Item = u128;
        fn next(&mut self) -> Option<u128> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<u128> {
        type Item = u128;
        fn next(&mut self) -> Option<u128> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<usize> {
        type Item = usize;
        fn next(&mut self) -> Option<usize> {
            if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeInclusive<usize> {
        type Item = usize;
        fn next(&mut self) -> Option<usize> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let n = self.start;
                self.start = n + 1;
                Some(n)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }

    impl Iterator for Range<char> {
        type Item = char;
        fn next(&mut self) -> Option<char> {
            if self.start < self.end {
                let c = self.start;
                self.start = char_after(c);
                Some(c)
            } else {
                None
            }
        }
    }

    impl Iterator for RangeFrom<i8> {
        type Item = i8;
        fn next(&mut self) -> Option<i8> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<i16> {
        type Item = i16;
        fn next(&mut self) -> Option<i16> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<i32> {
        type Item = i32;
        fn next(&mut self) -> Option<i32> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<i64> {
        type Item = i64;
        fn next(&mut self) -> Option<i64> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<i128> {
        type Item = i128;
        fn next(&mut self) -> Option<i128> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<isize> {
        type Item = isize;
        fn next(&mut self) -> Option<isize> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<u8> {
        type Item = u8;
        fn next(&mut self) -> Option<u8> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<u16> {
        type Item = u16;
        fn next(&mut self) -> Option<u16> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<u32> {
        type Item = u32;
        fn next(&mut self) -> Option<u32> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<u64> {
        type Item = u64;
        fn next(&mut self) -> Option<u64> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<u128> {
        type Item = u128;
        fn next(&mut self) -> Option<u128> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeFrom<usize> {
        type Item = usize;
        fn next(&mut self) -> Option<usize> {
            let n = self.start;
            self.start = n + 1;
            Some(n)
        }
    }

    impl Iterator for RangeInclusive<char> {
        type Item = char;
        fn next(&mut self) -> Option<char> {
            if self.exhausted || self.start > self.end {
                None
            } else if self.start < self.end {
                let c = self.start;
                self.start = char_after(c);
                Some(c)
            } else {
                self.exhausted = true;
                Some(self.start)
            }
        }
    }
}

pub mod mem {
    //! `swap`, `replace`, `take`, `drop`.

    use crate::default::Default;

    /// Exchanges the values behind `x` and `y`.
    #[rustc_intrinsic]
    pub fn swap<T>(x: &mut T, y: &mut T);

    /// Moves `src` into `*dest` and returns the previous value.
    pub fn replace<T>(dest: &mut T, src: T) -> T {
        let mut src = src;
        swap(dest, &mut src);
        src
    }

    /// Replaces `*dest` with its default value and returns the previous value.
    pub fn take<T: Default>(dest: &mut T) -> T {
        replace(dest, T::default())
    }

    /// Takes ownership of `_x` and lets it go out of scope.
    pub fn drop<T>(_x: T) {}
}

pub mod num {
    //! The inherent methods and constants of the integer and float types.
    //! (Only the core crate may write `impl i32 { ... }`; `#[lang = "i32"]` tells the checker
    //! which primitive type an impl belongs to.)

    use crate::option::Option::{self, None, Some};

    #[lang = "i8"]
    impl i8 {
        pub const MIN: i8 = -127 - 1;
        pub const MAX: i8 = 127;
        pub const BITS: u32 = 8;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: i8) -> i8;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: i8) -> i8;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: i8) -> i8;

        pub fn wrapping_neg(self) -> i8 {
            (0 as i8).wrapping_sub(self)
        }

        pub fn wrapping_abs(self) -> i8 {
            if self < 0 {
                self.wrapping_neg()
            } else {
                self
            }
        }

        pub fn checked_add(self, rhs: i8) -> Option<i8> {
            let r = self.wrapping_add(rhs);
            if (rhs >= 0 && r < self) || (rhs < 0 && r >= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: i8) -> Option<i8> {
            let r = self.wrapping_sub(rhs);
            if (rhs >= 0 && r > self) || (rhs < 0 && r <= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_mul(self, rhs: i8) -> Option<i8> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            if rhs == -1 {
                return self.checked_neg();
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: i8) -> Option<i8> {
            if rhs == 0 || (self == i8::MIN && rhs == -1) {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: i8) -> Option<i8> {
            if rhs == 0 || (self == i8::MIN && rhs == -1) {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<i8> {
            if self == i8::MIN {
                None
            } else {
                Some(-self)
            }
        }

        pub fn checked_abs(self) -> Option<i8> {
            if self == i8::MIN {
                None
            } else {
                Some(self.abs())
            }
        }

        pub fn saturating_add(self, rhs: i8) -> i8 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i8::MAX
                    } else {
                        i8::MIN
                    }
                }
            }
        }

        pub fn saturating_sub(self, rhs: i8) -> i8 {
            match self.checked_sub(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i8::MIN
                    } else {
                        i8::MAX
                    }
                }
            }
        }

        pub fn saturating_mul(self, rhs: i8) -> i8 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => {
                    if (self < 0) == (rhs < 0) {
                        i8::MAX
                    } else {
                        i8::MIN
                    }
                }
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> i8 {
            let mut base = self;
            let mut acc: i8 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs(self) -> i8 {
            if self < 0 {
                -self
            } else {
                self
            }
        }

        pub fn unsigned_abs(self) -> u8 {
            self.wrapping_abs() as u8
        }

        pub fn abs_diff(self, other: i8) -> u8 {
            if self < other {
                (other as u8).wrapping_sub(self as u8)
            } else {
                (self as u8).wrapping_sub(other as u8)
            }
        }

        pub fn signum(self) -> i8 {
            if self < 0 {
                -1
            } else if self == 0 {
                0
            } else {
                1
            }
        }

        pub fn is_positive(self) -> bool {
            self > 0
        }

        pub fn is_negative(self) -> bool {
            self < 0
        }

        pub fn min(self, other: i8) -> i8 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: i8) -> i8 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: i8) -> i8 {
            let r = self % rhs;
            if r < 0 {
                r.wrapping_add(rhs.wrapping_abs())
            } else {
                r
            }
        }

        pub fn div_euclid(self, rhs: i8) -> i8 {
            let q = self / rhs;
            if self % rhs < 0 {
                if rhs > 0 {
                    q - 1
                } else {
                    q + 1
                }
            } else {
                q
            }
        }

        pub fn count_ones(self) -> u32 {
            (self as u8).count_ones()
        }

        pub fn count_zeros(self) -> u32 {
            (self as u8).count_zeros()
        }

        pub fn leading_zeros(self) -> u32 {
            (self as u8).leading_zeros()
        }

        pub fn trailing_zeros(self) -> u32 {
            (self as u8).trailing_zeros()
        }
    }

    #[lang = "i16"]
    impl i16 {
        pub const MIN: i16 = -32767 - 1;
        pub const MAX: i16 = 32767;
        pub const BITS: u32 = 16;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: i16) -> i16;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: i16) -> i16;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: i16) -> i16;

        pub fn wrapping_neg(self) -> i16 {
            (0 as i16).wrapping_sub(self)
        }

        pub fn wrapping_abs(self) -> i16 {
            if self < 0 {
                self.wrapping_neg()
            } else {
                self
            }
        }

        pub fn checked_add(self, rhs: i16) -> Option<i16> {
            let r = self.wrapping_add(rhs);
            if (rhs >= 0 && r < self) || (rhs < 0 && r >= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: i16) -> Option<i16> {
            let r = self.wrapping_sub(rhs);
            if (rhs >= 0 && r > self) || (rhs < 0 && r <= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_mul(self, rhs: i16) -> Option<i16> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            if rhs == -1 {
                return self.checked_neg();
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: i16) -> Option<i16> {
            if rhs == 0 || (self == i16::MIN && rhs == -1) {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: i16) -> Option<i16> {
            if rhs == 0 || (self == i16::MIN && rhs == -1) {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<i16> {
            if self == i16::MIN {
                None
            } else {
                Some(-self)
            }
        }

        pub fn checked_abs(self) -> Option<i16> {
            if self == i16::MIN {
                None
            } else {
                Some(self.abs())
            }
        }

        pub fn saturating_add(self, rhs: i16) -> i16 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i16::MAX
                    } else {
                        i16::MIN
                    }
                }
            }
        }

        pub fn saturating_sub(self, rhs: i16) -> i16 {
            match self.checked_sub(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i16::MIN
                    } else {
                        i16::MAX
                    }
                }
            }
        }

        pub fn saturating_mul(self, rhs: i16) -> i16 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => {
                    if (self < 0) == (rhs < 0) {
                        i16::MAX
                    } else {
                        i16::MIN
                    }
                }
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> i16 {
            let mut base = self;
            let mut acc: i16 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs(self) -> i16 {
            if self < 0 {
                -self
            } else {
                self
            }
        }

        pub fn unsigned_abs(self) -> u16 {
            self.wrapping_abs() as u16
        }

        pub fn abs_diff(self, other: i16) -> u16 {
            if self < other {
                (other as u16).wrapping_sub(self as u16)
            } else {
                (self as u16).wrapping_sub(other as u16)
            }
        }

        pub fn signum(self) -> i16 {
            if self < 0 {
                -1
            } else if self == 0 {
                0
            } else {
                1
            }
        }

        pub fn is_positive(self) -> bool {
            self > 0
        }

        pub fn is_negative(self) -> bool {
            self < 0
        }

        pub fn min(self, other: i16) -> i16 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: i16) -> i16 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: i16) -> i16 {
            let r = self % rhs;
            if r < 0 {
                r.wrapping_add(rhs.wrapping_abs())
            } else {
                r
            }
        }

        pub fn div_euclid(self, rhs: i16) -> i16 {
            let q = self / rhs;
            if self % rhs < 0 {
                if rhs > 0 {
                    q - 1
                } else {
                    q + 1
                }
            } else {
                q
            }
        }

        pub fn count_ones(self) -> u32 {
            (self as u16).count_ones()
        }

        pub fn count_zeros(self) -> u32 {
            (self as u16).count_zeros()
        }

        pub fn leading_zeros(self) -> u32 {
            (self as u16).leading_zeros()
        }

        pub fn trailing_zeros(self) -> u32 {
            (self as u16).trailing_zeros()
        }
    }

    #[lang = "i32"]
    impl i32 {
        pub const MIN: i32 = -2147483647 - 1;
        pub const MAX: i32 = 2147483647;
        pub const BITS: u32 = 32;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: i32) -> i32;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: i32) -> i32;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: i32) -> i32;

        pub fn wrapping_neg(self) -> i32 {
            (0 as i32).wrapping_sub(self)
        }

        pub fn wrapping_abs(self) -> i32 {
            if self < 0 {
                self.wrapping_neg()
            } else {
                self
            }
        }

        pub fn checked_add(self, rhs: i32) -> Option<i32> {
            let r = self.wrapping_add(rhs);
            if (rhs >= 0 && r < self) || (rhs < 0 && r >= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: i32) -> Option<i32> {
            let r = self.wrapping_sub(rhs);
            if (rhs >= 0 && r > self) || (rhs < 0 && r <= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_mul(self, rhs: i32) -> Option<i32> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            if rhs == -1 {
                return self.checked_neg();
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: i32) -> Option<i32> {
            if rhs == 0 || (self == i32::MIN && rhs == -1) {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: i32) -> Option<i32> {
            if rhs == 0 || (self == i32::MIN && rhs == -1) {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<i32> {
            if self == i32::MIN {
                None
            } else {
                Some(-self)
            }
        }

        pub fn checked_abs(self) -> Option<i32> {
            if self == i32::MIN {
                None
            } else {
                Some(self.abs())
            }
        }

        pub fn saturating_add(self, rhs: i32) -> i32 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i32::MAX
                    } else {
                        i32::MIN
                    }
                }
            }
        }

        pub fn saturating_sub(self, rhs: i32) -> i32 {
            match self.checked_sub(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i32::MIN
                    } else {
                        i32::MAX
                    }
                }
            }
        }

        pub fn saturating_mul(self, rhs: i32) -> i32 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => {
                    if (self < 0) == (rhs < 0) {
                        i32::MAX
                    } else {
                        i32::MIN
                    }
                }
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> i32 {
            let mut base = self;
            let mut acc: i32 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs(self) -> i32 {
            if self < 0 {
                -self
            } else {
                self
            }
        }

        pub fn unsigned_abs(self) -> u32 {
            self.wrapping_abs() as u32
        }

        pub fn abs_diff(self, other: i32) -> u32 {
            if self < other {
                (other as u32).wrapping_sub(self as u32)
            } else {
                (self as u32).wrapping_sub(other as u32)
            }
        }

        pub fn signum(self) -> i32 {
            if self < 0 {
                -1
            } else if self == 0 {
                0
            } else {
                1
            }
        }

        pub fn is_positive(self) -> bool {
            self > 0
        }

        pub fn is_negative(self) -> bool {
            self < 0
        }

        pub fn min(self, other: i32) -> i32 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: i32) -> i32 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: i32) -> i32 {
            let r = self % rhs;
            if r < 0 {
                r.wrapping_add(rhs.wrapping_abs())
            } else {
                r
            }
        }

        pub fn div_euclid(self, rhs: i32) -> i32 {
            let q = self / rhs;
            if self % rhs < 0 {
                if rhs > 0 {
                    q - 1
                } else {
                    q + 1
                }
            } else {
                q
            }
        }

        pub fn count_ones(self) -> u32 {
            (self as u32).count_ones()
        }

        pub fn count_zeros(self) -> u32 {
            (self as u32).count_zeros()
        }

        pub fn leading_zeros(self) -> u32 {
            (self as u32).leading_zeros()
        }

        pub fn trailing_zeros(self) -> u32 {
            (self as u32).trailing_zeros()
        }
    }

    #[lang = "i64"]
    impl i64 {
        pub const MIN: i64 = -9223372036854775807 - 1;
        pub const MAX: i64 = 9223372036854775807;
        pub const BITS: u32 = 64;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: i64) -> i64;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: i64) -> i64;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: i64) -> i64;

        pub fn wrapping_neg(self) -> i64 {
            (0 as i64).wrapping_sub(self)
        }

        pub fn wrapping_abs(self) -> i64 {
            if self < 0 {
                self.wrapping_neg()
            } else {
                self
            }
        }

        pub fn checked_add(self, rhs: i64) -> Option<i64> {
            let r = self.wrapping_add(rhs);
            if (rhs >= 0 && r < self) || (rhs < 0 && r >= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: i64) -> Option<i64> {
            let r = self.wrapping_sub(rhs);
            if (rhs >= 0 && r > self) || (rhs < 0 && r <= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_mul(self, rhs: i64) -> Option<i64> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            if rhs == -1 {
                return self.checked_neg();
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: i64) -> Option<i64> {
            if rhs == 0 || (self == i64::MIN && rhs == -1) {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: i64) -> Option<i64> {
            if rhs == 0 || (self == i64::MIN && rhs == -1) {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<i64> {
            if self == i64::MIN {
                None
            } else {
                Some(-self)
            }
        }

        pub fn checked_abs(self) -> Option<i64> {
            if self == i64::MIN {
                None
            } else {
                Some(self.abs())
            }
        }

        pub fn saturating_add(self, rhs: i64) -> i64 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i64::MAX
                    } else {
                        i64::MIN
                    }
                }
            }
        }

        pub fn saturating_sub(self, rhs: i64) -> i64 {
            match self.checked_sub(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
            }
        }

        pub fn saturating_mul(self, rhs: i64) -> i64 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => {
                    if (self < 0) == (rhs < 0) {
                        i64::MAX
                    } else {
                        i64::MIN
                    }
                }
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> i64 {
            let mut base = self;
            let mut acc: i64 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs(self) -> i64 {
            if self < 0 {
                -self
            } else {
                self
            }
        }

        pub fn unsigned_abs(self) -> u64 {
            self.wrapping_abs() as u64
        }

        pub fn abs_diff(self, other: i64) -> u64 {
            if self < other {
                (other as u64).wrapping_sub(self as u64)
            } else {
                (self as u64).wrapping_sub(other as u64)
            }
        }

        pub fn signum(self) -> i64 {
            if self < 0 {
                -1
            } else if self == 0 {
                0
            } else {
                1
            }
        }

        pub fn is_positive(self) -> bool {
            self > 0
        }

        pub fn is_negative(self) -> bool {
            self < 0
        }

        pub fn min(self, other: i64) -> i64 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: i64) -> i64 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: i64) -> i64 {
            let r = self % rhs;
            if r < 0 {
                r.wrapping_add(rhs.wrapping_abs())
            } else {
                r
            }
        }

        pub fn div_euclid(self, rhs: i64) -> i64 {
            let q = self / rhs;
            if self % rhs < 0 {
                if rhs > 0 {
                    q - 1
                } else {
                    q + 1
                }
            } else {
                q
            }
        }

        pub fn count_ones(self) -> u32 {
            (self as u64).count_ones()
        }

        pub fn count_zeros(self) -> u32 {
            (self as u64).count_zeros()
        }

        pub fn leading_zeros(self) -> u32 {
            (self as u64).leading_zeros()
        }

        pub fn trailing_zeros(self) -> u32 {
            (self as u64).trailing_zeros()
        }
    }

    #[lang = "i128"]
    impl i128 {
        pub const MIN: i128 = -170141183460469231731687303715884105727 - 1;
        pub const MAX: i128 = 170141183460469231731687303715884105727;
        pub const BITS: u32 = 128;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: i128) -> i128;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: i128) -> i128;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: i128) -> i128;

        pub fn wrapping_neg(self) -> i128 {
            (0 as i128).wrapping_sub(self)
        }

        pub fn wrapping_abs(self) -> i128 {
            if self < 0 {
                self.wrapping_neg()
            } else {
                self
            }
        }

        pub fn checked_add(self, rhs: i128) -> Option<i128> {
            let r = self.wrapping_add(rhs);
            if (rhs >= 0 && r < self) || (rhs < 0 && r >= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: i128) -> Option<i128> {
            let r = self.wrapping_sub(rhs);
            if (rhs >= 0 && r > self) || (rhs < 0 && r <= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_mul(self, rhs: i128) -> Option<i128> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            if rhs == -1 {
                return self.checked_neg();
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: i128) -> Option<i128> {
            if rhs == 0 || (self == i128::MIN && rhs == -1) {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: i128) -> Option<i128> {
            if rhs == 0 || (self == i128::MIN && rhs == -1) {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<i128> {
            if self == i128::MIN {
                None
            } else {
                Some(-self)
            }
        }

        pub fn checked_abs(self) -> Option<i128> {
            if self == i128::MIN {
                None
            } else {
                Some(self.abs())
            }
        }

        pub fn saturating_add(self, rhs: i128) -> i128 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i128::MAX
                    } else {
                        i128::MIN
                    }
                }
            }
        }

        pub fn saturating_sub(self, rhs: i128) -> i128 {
            match self.checked_sub(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        i128::MIN
                    } else {
                        i128::MAX
                    }
                }
            }
        }

        pub fn saturating_mul(self, rhs: i128) -> i128 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => {
                    if (self < 0) == (rhs < 0) {
                        i128::MAX
                    } else {
                        i128::MIN
                    }
                }
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> i128 {
            let mut base = self;
            let mut acc: i128 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs(self) -> i128 {
            if self < 0 {
                -self
            } else {
                self
            }
        }

        pub fn unsigned_abs(self) -> u128 {
            self.wrapping_abs() as u128
        }

        pub fn abs_diff(self, other: i128) -> u128 {
            if self < other {
                (other as u128).wrapping_sub(self as u128)
            } else {
                (self as u128).wrapping_sub(other as u128)
            }
        }

        pub fn signum(self) -> i128 {
            if self < 0 {
                -1
            } else if self == 0 {
                0
            } else {
                1
            }
        }

        pub fn is_positive(self) -> bool {
            self > 0
        }

        pub fn is_negative(self) -> bool {
            self < 0
        }

        pub fn min(self, other: i128) -> i128 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: i128) -> i128 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: i128) -> i128 {
            let r = self % rhs;
            if r < 0 {
                r.wrapping_add(rhs.wrapping_abs())
            } else {
                r
            }
        }

        pub fn div_euclid(self, rhs: i128) -> i128 {
            let q = self / rhs;
            if self % rhs < 0 {
                if rhs > 0 {
                    q - 1
                } else {
                    q + 1
                }
            } else {
                q
            }
        }

        pub fn count_ones(self) -> u32 {
            (self as u128).count_ones()
        }

        pub fn count_zeros(self) -> u32 {
            (self as u128).count_zeros()
        }

        pub fn leading_zeros(self) -> u32 {
            (self as u128).leading_zeros()
        }

        pub fn trailing_zeros(self) -> u32 {
            (self as u128).trailing_zeros()
        }
    }

    #[lang = "isize"]
    impl isize {
        pub const MIN: isize = -9223372036854775807 - 1;
        pub const MAX: isize = 9223372036854775807;
        pub const BITS: u32 = 64;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: isize) -> isize;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: isize) -> isize;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: isize) -> isize;

        pub fn wrapping_neg(self) -> isize {
            (0 as isize).wrapping_sub(self)
        }

        pub fn wrapping_abs(self) -> isize {
            if self < 0 {
                self.wrapping_neg()
            } else {
                self
            }
        }

        pub fn checked_add(self, rhs: isize) -> Option<isize> {
            let r = self.wrapping_add(rhs);
            if (rhs >= 0 && r < self) || (rhs < 0 && r >= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: isize) -> Option<isize> {
            let r = self.wrapping_sub(rhs);
            if (rhs >= 0 && r > self) || (rhs < 0 && r <= self) {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_mul(self, rhs: isize) -> Option<isize> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            if rhs == -1 {
                return self.checked_neg();
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: isize) -> Option<isize> {
            if rhs == 0 || (self == isize::MIN && rhs == -1) {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: isize) -> Option<isize> {
            if rhs == 0 || (self == isize::MIN && rhs == -1) {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<isize> {
            if self == isize::MIN {
                None
            } else {
                Some(-self)
            }
        }

        pub fn checked_abs(self) -> Option<isize> {
            if self == isize::MIN {
                None
            } else {
                Some(self.abs())
            }
        }

        pub fn saturating_add(self, rhs: isize) -> isize {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        isize::MAX
                    } else {
                        isize::MIN
                    }
                }
            }
        }

        pub fn saturating_sub(self, rhs: isize) -> isize {
            match self.checked_sub(rhs) {
                Some(r) => r,
                None => {
                    if rhs > 0 {
                        isize::MIN
                    } else {
                        isize::MAX
                    }
                }
            }
        }

        pub fn saturating_mul(self, rhs: isize) -> isize {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => {
                    if (self < 0) == (rhs < 0) {
                        isize::MAX
                    } else {
                        isize::MIN
                    }
                }
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> isize {
            let mut base = self;
            let mut acc: isize = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs(self) -> isize {
            if self < 0 {
                -self
            } else {
                self
            }
        }

        pub fn unsigned_abs(self) -> usize {
            self.wrapping_abs() as usize
        }

        pub fn abs_diff(self, other: isize) -> usize {
            if self < other {
                (other as usize).wrapping_sub(self as usize)
            } else {
                (self as usize).wrapping_sub(other as usize)
            }
        }

        pub fn signum(self) -> isize {
            if self < 0 {
                -1
            } else if self == 0 {
                0
            } else {
                1
            }
        }

        pub fn is_positive(self) -> bool {
            self > 0
        }

        pub fn is_negative(self) -> bool {
            self < 0
        }

        pub fn min(self, other: isize) -> isize {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: isize) -> isize {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: isize) -> isize {
            let r = self % rhs;
            if r < 0 {
                r.wrapping_add(rhs.wrapping_abs())
            } else {
                r
            }
        }

        pub fn div_euclid(self, rhs: isize) -> isize {
            let q = self / rhs;
            if self % rhs < 0 {
                if rhs > 0 {
                    q - 1
                } else {
                    q + 1
                }
            } else {
                q
            }
        }

        pub fn count_ones(self) -> u32 {
            (self as usize).count_ones()
        }

        pub fn count_zeros(self) -> u32 {
            (self as usize).count_zeros()
        }

        pub fn leading_zeros(self) -> u32 {
            (self as usize).leading_zeros()
        }

        pub fn trailing_zeros(self) -> u32 {
            (self as usize).trailing_zeros()
        }
    }

    #[lang = "u8"]
    impl u8 {
        pub const MIN: u8 = 0;
        pub const MAX: u8 = 255;
        pub const BITS: u32 = 8;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: u8) -> u8;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: u8) -> u8;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: u8) -> u8;

        pub fn wrapping_neg(self) -> u8 {
            (0 as u8).wrapping_sub(self)
        }

        pub fn checked_add(self, rhs: u8) -> Option<u8> {
            let r = self.wrapping_add(rhs);
            if r < self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: u8) -> Option<u8> {
            if rhs > self {
                None
            } else {
                Some(self - rhs)
            }
        }

        pub fn checked_mul(self, rhs: u8) -> Option<u8> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: u8) -> Option<u8> {
            if rhs == 0 {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: u8) -> Option<u8> {
            if rhs == 0 {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<u8> {
            if self == 0 {
                Some(0)
            } else {
                None
            }
        }

        pub fn saturating_add(self, rhs: u8) -> u8 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => u8::MAX,
            }
        }

        pub fn saturating_sub(self, rhs: u8) -> u8 {
            if rhs > self {
                0
            } else {
                self - rhs
            }
        }

        pub fn saturating_mul(self, rhs: u8) -> u8 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => u8::MAX,
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> u8 {
            let mut base = self;
            let mut acc: u8 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs_diff(self, other: u8) -> u8 {
            if self < other {
                other - self
            } else {
                self - other
            }
        }

        pub fn min(self, other: u8) -> u8 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: u8) -> u8 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: u8) -> u8 {
            self % rhs
        }

        pub fn div_euclid(self, rhs: u8) -> u8 {
            self / rhs
        }

        pub fn is_power_of_two(self) -> bool {
            self != 0 && (self & (self - 1)) == 0
        }

        pub fn count_ones(self) -> u32 {
            let mut x = self;
            let mut n: u32 = 0;
            while x != 0 {
                n += (x & 1) as u32;
                x >>= 1;
            }
            n
        }

        pub fn count_zeros(self) -> u32 {
            u8::BITS - self.count_ones()
        }

        pub fn leading_zeros(self) -> u32 {
            let mut n: u32 = 0;
            let mut bit: u32 = u8::BITS;
            while bit > 0 {
                bit -= 1;
                if ((self >> bit) & 1) != 0 {
                    return n;
                }
                n += 1;
            }
            n
        }

        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return u8::BITS;
            }
            let mut x = self;
            let mut n: u32 = 0;
            while (x & 1) == 0 {
                n += 1;
                x >>= 1;
            }
            n
        }
    }

    #[lang = "u16"]
    impl u16 {
        pub const MIN: u16 = 0;
        pub const MAX: u16 = 65535;
        pub const BITS: u32 = 16;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: u16) -> u16;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: u16) -> u16;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: u16) -> u16;

        pub fn wrapping_neg(self) -> u16 {
            (0 as u16).wrapping_sub(self)
        }

        pub fn checked_add(self, rhs: u16) -> Option<u16> {
            let r = self.wrapping_add(rhs);
            if r < self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: u16) -> Option<u16> {
            if rhs > self {
                None
            } else {
                Some(self - rhs)
            }
        }

        pub fn checked_mul(self, rhs: u16) -> Option<u16> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: u16) -> Option<u16> {
            if rhs == 0 {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: u16) -> Option<u16> {
            if rhs == 0 {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<u16> {
            if self == 0 {
                Some(0)
            } else {
                None
            }
        }

        pub fn saturating_add(self, rhs: u16) -> u16 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => u16::MAX,
            }
        }

        pub fn saturating_sub(self, rhs: u16) -> u16 {
            if rhs > self {
                0
            } else {
                self - rhs
            }
        }

        pub fn saturating_mul(self, rhs: u16) -> u16 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => u16::MAX,
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> u16 {
            let mut base = self;
            let mut acc: u16 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs_diff(self, other: u16) -> u16 {
            if self < other {
                other - self
            } else {
                self - other
            }
        }

        pub fn min(self, other: u16) -> u16 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: u16) -> u16 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: u16) -> u16 {
            self % rhs
        }

        pub fn div_euclid(self, rhs: u16) -> u16 {
            self / rhs
        }

        pub fn is_power_of_two(self) -> bool {
            self != 0 && (self & (self - 1)) == 0
        }

        pub fn count_ones(self) -> u32 {
            let mut x = self;
            let mut n: u32 = 0;
            while x != 0 {
                n += (x & 1) as u32;
                x >>= 1;
            }
            n
        }

        pub fn count_zeros(self) -> u32 {
            u16::BITS - self.count_ones()
        }

        pub fn leading_zeros(self) -> u32 {
            let mut n: u32 = 0;
            let mut bit: u32 = u16::BITS;
            while bit > 0 {
                bit -= 1;
                if ((self >> bit) & 1) != 0 {
                    return n;
                }
                n += 1;
            }
            n
        }

        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return u16::BITS;
            }
            let mut x = self;
            let mut n: u32 = 0;
            while (x & 1) == 0 {
                n += 1;
                x >>= 1;
            }
            n
        }
    }

    #[lang = "u32"]
    impl u32 {
        pub const MIN: u32 = 0;
        pub const MAX: u32 = 4294967295;
        pub const BITS: u32 = 32;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: u32) -> u32;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: u32) -> u32;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: u32) -> u32;

        pub fn wrapping_neg(self) -> u32 {
            (0 as u32).wrapping_sub(self)
        }

        pub fn checked_add(self, rhs: u32) -> Option<u32> {
            let r = self.wrapping_add(rhs);
            if r < self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: u32) -> Option<u32> {
            if rhs > self {
                None
            } else {
                Some(self - rhs)
            }
        }

        pub fn checked_mul(self, rhs: u32) -> Option<u32> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: u32) -> Option<u32> {
            if rhs == 0 {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: u32) -> Option<u32> {
            if rhs == 0 {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<u32> {
            if self == 0 {
                Some(0)
            } else {
                None
            }
        }

        pub fn saturating_add(self, rhs: u32) -> u32 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => u32::MAX,
            }
        }

        pub fn saturating_sub(self, rhs: u32) -> u32 {
            if rhs > self {
                0
            } else {
                self - rhs
            }
        }

        pub fn saturating_mul(self, rhs: u32) -> u32 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => u32::MAX,
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> u32 {
            let mut base = self;
            let mut acc: u32 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs_diff(self, other: u32) -> u32 {
            if self < other {
                other - self
            } else {
                self - other
            }
        }

        pub fn min(self, other: u32) -> u32 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: u32) -> u32 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: u32) -> u32 {
            self % rhs
        }

        pub fn div_euclid(self, rhs: u32) -> u32 {
            self / rhs
        }

        pub fn is_power_of_two(self) -> bool {
            self != 0 && (self & (self - 1)) == 0
        }

        pub fn count_ones(self) -> u32 {
            let mut x = self;
            let mut n: u32 = 0;
            while x != 0 {
                n += (x & 1) as u32;
                x >>= 1;
            }
            n
        }

        pub fn count_zeros(self) -> u32 {
            u32::BITS - self.count_ones()
        }

        pub fn leading_zeros(self) -> u32 {
            let mut n: u32 = 0;
            let mut bit: u32 = u32::BITS;
            while bit > 0 {
                bit -= 1;
                if ((self >> bit) & 1) != 0 {
                    return n;
                }
                n += 1;
            }
            n
        }

        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return u32::BITS;
            }
            let mut x = self;
            let mut n: u32 = 0;
            while (x & 1) == 0 {
                n += 1;
                x >>= 1;
            }
            n
        }
    }

    #[lang = "u64"]
    impl u64 {
        pub const MIN: u64 = 0;
        pub const MAX: u64 = 18446744073709551615;
        pub const BITS: u32 = 64;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: u64) -> u64;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: u64) -> u64;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: u64) -> u64;

        pub fn wrapping_neg(self) -> u64 {
            (0 as u64).wrapping_sub(self)
        }

        pub fn checked_add(self, rhs: u64) -> Option<u64> {
            let r = self.wrapping_add(rhs);
            if r < self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: u64) -> Option<u64> {
            if rhs > self {
                None
            } else {
                Some(self - rhs)
            }
        }

        pub fn checked_mul(self, rhs: u64) -> Option<u64> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: u64) -> Option<u64> {
            if rhs == 0 {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: u64) -> Option<u64> {
            if rhs == 0 {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<u64> {
            if self == 0 {
                Some(0)
            } else {
                None
            }
        }

        pub fn saturating_add(self, rhs: u64) -> u64 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => u64::MAX,
            }
        }

        pub fn saturating_sub(self, rhs: u64) -> u64 {
            if rhs > self {
                0
            } else {
                self - rhs
            }
        }

        pub fn saturating_mul(self, rhs: u64) -> u64 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => u64::MAX,
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> u64 {
            let mut base = self;
            let mut acc: u64 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs_diff(self, other: u64) -> u64 {
            if self < other {
                other - self
            } else {
                self - other
            }
        }

        pub fn min(self, other: u64) -> u64 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: u64) -> u64 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: u64) -> u64 {
            self % rhs
        }

        pub fn div_euclid(self, rhs: u64) -> u64 {
            self / rhs
        }

        pub fn is_power_of_two(self) -> bool {
            self != 0 && (self & (self - 1)) == 0
        }

        pub fn count_ones(self) -> u32 {
            let mut x = self;
            let mut n: u32 = 0;
            while x != 0 {
                n += (x & 1) as u32;
                x >>= 1;
            }
            n
        }

        pub fn count_zeros(self) -> u32 {
            u64::BITS - self.count_ones()
        }

        pub fn leading_zeros(self) -> u32 {
            let mut n: u32 = 0;
            let mut bit: u32 = u64::BITS;
            while bit > 0 {
                bit -= 1;
                if ((self >> bit) & 1) != 0 {
                    return n;
                }
                n += 1;
            }
            n
        }

        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return u64::BITS;
            }
            let mut x = self;
            let mut n: u32 = 0;
            while (x & 1) == 0 {
                n += 1;
                x >>= 1;
            }
            n
        }
    }

    #[lang = "u128"]
    impl u128 {
        pub const MIN: u128 = 0;
        pub const MAX: u128 = 340282366920938463463374607431768211455;
        pub const BITS: u32 = 128;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: u128) -> u128;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: u128) -> u128;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: u128) -> u128;

        pub fn wrapping_neg(self) -> u128 {
            (0 as u128).wrapping_sub(self)
        }

        pub fn checked_add(self, rhs: u128) -> Option<u128> {
            let r = self.wrapping_add(rhs);
            if r < self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: u128) -> Option<u128> {
            if rhs > self {
                None
            } else {
                Some(self - rhs)
            }
        }

        pub fn checked_mul(self, rhs: u128) -> Option<u128> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: u128) -> Option<u128> {
            if rhs == 0 {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: u128) -> Option<u128> {
            if rhs == 0 {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<u128> {
            if self == 0 {
                Some(0)
            } else {
                None
            }
        }

        pub fn saturating_add(self, rhs: u128) -> u128 {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => u128::MAX,
            }
        }

        pub fn saturating_sub(self, rhs: u128) -> u128 {
            if rhs > self {
                0
            } else {
                self - rhs
            }
        }

        pub fn saturating_mul(self, rhs: u128) -> u128 {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => u128::MAX,
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> u128 {
            let mut base = self;
            let mut acc: u128 = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs_diff(self, other: u128) -> u128 {
            if self < other {
                other - self
            } else {
                self - other
            }
        }

        pub fn min(self, other: u128) -> u128 {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: u128) -> u128 {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: u128) -> u128 {
            self % rhs
        }

        pub fn div_euclid(self, rhs: u128) -> u128 {
            self / rhs
        }

        pub fn is_power_of_two(self) -> bool {
            self != 0 && (self & (self - 1)) == 0
        }

        pub fn count_ones(self) -> u32 {
            let mut x = self;
            let mut n: u32 = 0;
            while x != 0 {
                n += (x & 1) as u32;
                x >>= 1;
            }
            n
        }

        pub fn count_zeros(self) -> u32 {
            u128::BITS - self.count_ones()
        }

        pub fn leading_zeros(self) -> u32 {
            let mut n: u32 = 0;
            let mut bit: u32 = u128::BITS;
            while bit > 0 {
                bit -= 1;
                if ((self >> bit) & 1) != 0 {
                    return n;
                }
                n += 1;
            }
            n
        }

        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return u128::BITS;
            }
            let mut x = self;
            let mut n: u32 = 0;
            while (x & 1) == 0 {
                n += 1;
                x >>= 1;
            }
            n
        }
    }

    #[lang = "usize"]
    impl usize {
        pub const MIN: usize = 0;
        pub const MAX: usize = 18446744073709551615;
        pub const BITS: u32 = 64;

        #[rustc_intrinsic]
        pub fn wrapping_add(self, rhs: usize) -> usize;
        #[rustc_intrinsic]
        pub fn wrapping_sub(self, rhs: usize) -> usize;
        #[rustc_intrinsic]
        pub fn wrapping_mul(self, rhs: usize) -> usize;

        pub fn wrapping_neg(self) -> usize {
            (0 as usize).wrapping_sub(self)
        }

        pub fn checked_add(self, rhs: usize) -> Option<usize> {
            let r = self.wrapping_add(rhs);
            if r < self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_sub(self, rhs: usize) -> Option<usize> {
            if rhs > self {
                None
            } else {
                Some(self - rhs)
            }
        }

        pub fn checked_mul(self, rhs: usize) -> Option<usize> {
            if self == 0 || rhs == 0 {
                return Some(0);
            }
            let r = self.wrapping_mul(rhs);
            if r / rhs != self {
                None
            } else {
                Some(r)
            }
        }

        pub fn checked_div(self, rhs: usize) -> Option<usize> {
            if rhs == 0 {
                None
            } else {
                Some(self / rhs)
            }
        }

        pub fn checked_rem(self, rhs: usize) -> Option<usize> {
            if rhs == 0 {
                None
            } else {
                Some(self % rhs)
            }
        }

        pub fn checked_neg(self) -> Option<usize> {
            if self == 0 {
                Some(0)
            } else {
                None
            }
        }

        pub fn saturating_add(self, rhs: usize) -> usize {
            match self.checked_add(rhs) {
                Some(r) => r,
                None => usize::MAX,
            }
        }

        pub fn saturating_sub(self, rhs: usize) -> usize {
            if rhs > self {
                0
            } else {
                self - rhs
            }
        }

        pub fn saturating_mul(self, rhs: usize) -> usize {
            match self.checked_mul(rhs) {
                Some(r) => r,
                None => usize::MAX,
            }
        }

        /// Exponentiation by squaring, as std does: in a debug build it overflows (and
        /// panics) exactly when the result does not fit.
        pub fn pow(self, exp: u32) -> usize {
            let mut base = self;
            let mut acc: usize = 1;
            let mut exp = exp;
            while exp > 1 {
                if (exp & 1) == 1 {
                    acc = acc * base;
                }
                exp /= 2;
                base = base * base;
            }
            if exp == 1 {
                acc = acc * base;
            }
            acc
        }

        pub fn abs_diff(self, other: usize) -> usize {
            if self < other {
                other - self
            } else {
                self - other
            }
        }

        pub fn min(self, other: usize) -> usize {
            if other < self {
                other
            } else {
                self
            }
        }

        pub fn max(self, other: usize) -> usize {
            if other < self {
                self
            } else {
                other
            }
        }

        pub fn rem_euclid(self, rhs: usize) -> usize {
            self % rhs
        }

        pub fn div_euclid(self, rhs: usize) -> usize {
            self / rhs
        }

        pub fn is_power_of_two(self) -> bool {
            self != 0 && (self & (self - 1)) == 0
        }

        pub fn count_ones(self) -> u32 {
            let mut x = self;
            let mut n: u32 = 0;
            while x != 0 {
                n += (x & 1) as u32;
                x >>= 1;
            }
            n
        }

        pub fn count_zeros(self) -> u32 {
            usize::BITS - self.count_ones()
        }

        pub fn leading_zeros(self) -> u32 {
            let mut n: u32 = 0;
            let mut bit: u32 = usize::BITS;
            while bit > 0 {
                bit -= 1;
                if ((self >> bit) & 1) != 0 {
                    return n;
                }
                n += 1;
            }
            n
        }

        pub fn trailing_zeros(self) -> u32 {
            if self == 0 {
                return usize::BITS;
            }
            let mut x = self;
            let mut n: u32 = 0;
            while (x & 1) == 0 {
                n += 1;
                x >>= 1;
            }
            n
        }
    }

    #[lang = "f32"]
    impl f32 {
        pub const INFINITY: f32 = 1.0 / 0.0;
        pub const NEG_INFINITY: f32 = -1.0 / 0.0;
        pub const NAN: f32 = 0.0 / 0.0;
        pub const MAX: f32 = 3.40282347e+38;
        pub const MIN: f32 = -3.40282347e+38;
        pub const MIN_POSITIVE: f32 = 1.17549435e-38;
        pub const EPSILON: f32 = 1.19209290e-07;
        pub const DIGITS: u32 = 6;
        pub const MANTISSA_DIGITS: u32 = 24;
        pub const RADIX: u32 = 2;

        #[rustc_intrinsic]
        pub fn sqrt(self) -> f32;
        #[rustc_intrinsic]
        pub fn floor(self) -> f32;
        #[rustc_intrinsic]
        pub fn ceil(self) -> f32;
        #[rustc_intrinsic]
        pub fn powi(self, n: i32) -> f32;

        pub fn is_nan(self) -> bool {
            self != self
        }

        pub fn is_infinite(self) -> bool {
            self == f32::INFINITY || self == f32::NEG_INFINITY
        }

        pub fn is_finite(self) -> bool {
            !self.is_nan() && !self.is_infinite()
        }

        /// True for negative numbers, -0.0 and -inf. (A NaN's sign bit is not visible without
        /// an intrinsic, so a negative NaN reports false where std reports true.)
        pub fn is_sign_negative(self) -> bool {
            self < 0.0 || (self == 0.0 && 1.0 / self < 0.0)
        }

        pub fn is_sign_positive(self) -> bool {
            !self.is_sign_negative()
        }

        pub fn abs(self) -> f32 {
            if self.is_sign_negative() {
                -self
            } else {
                self
            }
        }

        pub fn signum(self) -> f32 {
            if self.is_nan() {
                f32::NAN
            } else if self.is_sign_negative() {
                -1.0
            } else {
                1.0
            }
        }

        pub fn trunc(self) -> f32 {
            if self.is_sign_negative() {
                self.ceil()
            } else {
                self.floor()
            }
        }

        pub fn fract(self) -> f32 {
            self - self.trunc()
        }

        /// Rounds half-way cases away from zero. `self - self.trunc()` is exact, so there is
        /// no double rounding (0.49999999999999994 rounds to 0).
        pub fn round(self) -> f32 {
            let t = self.trunc();
            let d = self - t;
            if d >= 0.5 {
                t + 1.0
            } else if d <= -0.5 {
                t - 1.0
            } else {
                t
            }
        }

        pub fn max(self, other: f32) -> f32 {
            if self.is_nan() {
                other
            } else if other.is_nan() {
                self
            } else if self < other {
                other
            } else {
                self
            }
        }

        pub fn min(self, other: f32) -> f32 {
            if self.is_nan() {
                other
            } else if other.is_nan() {
                self
            } else if other < self {
                other
            } else {
                self
            }
        }

        pub fn clamp(self, min: f32, max: f32) -> f32 {
            if !(min <= max) {
                panic!("min > max, or either was NaN. min = {:?}, max = {:?}", min, max);
            }
            let mut x = self;
            if x < min {
                x = min;
            }
            if x > max {
                x = max;
            }
            x
        }

        pub fn recip(self) -> f32 {
            1.0 / self
        }

        pub fn to_degrees(self) -> f32 {
            self * (180.0 / crate::f32::consts::PI)
        }

        pub fn to_radians(self) -> f32 {
            self * (crate::f32::consts::PI / 180.0)
        }
    }

    #[lang = "f64"]
    impl f64 {
        pub const INFINITY: f64 = 1.0 / 0.0;
        pub const NEG_INFINITY: f64 = -1.0 / 0.0;
        pub const NAN: f64 = 0.0 / 0.0;
        pub const MAX: f64 = 1.7976931348623157e+308;
        pub const MIN: f64 = -1.7976931348623157e+308;
        pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308;
        pub const EPSILON: f64 = 2.2204460492503131e-16;
        pub const DIGITS: u32 = 15;
        pub const MANTISSA_DIGITS: u32 = 53;
        pub const RADIX: u32 = 2;

        #[rustc_intrinsic]
        pub fn sqrt(self) -> f64;
        #[rustc_intrinsic]
        pub fn floor(self) -> f64;
        #[rustc_intrinsic]
        pub fn ceil(self) -> f64;
        #[rustc_intrinsic]
        pub fn powi(self, n: i32) -> f64;

        pub fn is_nan(self) -> bool {
            self != self
        }

        pub fn is_infinite(self) -> bool {
            self == f64::INFINITY || self == f64::NEG_INFINITY
        }

        pub fn is_finite(self) -> bool {
            !self.is_nan() && !self.is_infinite()
        }

        /// True for negative numbers, -0.0 and -inf. (A NaN's sign bit is not visible without
        /// an intrinsic, so a negative NaN reports false where std reports true.)
        pub fn is_sign_negative(self) -> bool {
            self < 0.0 || (self == 0.0 && 1.0 / self < 0.0)
        }

        pub fn is_sign_positive(self) -> bool {
            !self.is_sign_negative()
        }

        pub fn abs(self) -> f64 {
            if self.is_sign_negative() {
                -self
            } else {
                self
            }
        }

        pub fn signum(self) -> f64 {
            if self.is_nan() {
                f64::NAN
            } else if self.is_sign_negative() {
                -1.0
            } else {
                1.0
            }
        }

        pub fn trunc(self) -> f64 {
            if self.is_sign_negative() {
                self.ceil()
            } else {
                self.floor()
            }
        }

        pub fn fract(self) -> f64 {
            self - self.trunc()
        }

        /// Rounds half-way cases away from zero. `self - self.trunc()` is exact, so there is
        /// no double rounding (0.49999999999999994 rounds to 0).
        pub fn round(self) -> f64 {
            let t = self.trunc();
            let d = self - t;
            if d >= 0.5 {
                t + 1.0
            } else if d <= -0.5 {
                t - 1.0
            } else {
                t
            }
        }

        pub fn max(self, other: f64) -> f64 {
            if self.is_nan() {
                other
            } else if other.is_nan() {
                self
            } else if self < other {
                other
            } else {
                self
            }
        }

        pub fn min(self, other: f64) -> f64 {
            if self.is_nan() {
                other
            } else if other.is_nan() {
                self
            } else if other < self {
                other
            } else {
                self
            }
        }

        pub fn clamp(self, min: f64, max: f64) -> f64 {
            if !(min <= max) {
                panic!("min > max, or either was NaN. min = {:?}, max = {:?}", min, max);
            }
            let mut x = self;
            if x < min {
                x = min;
            }
            if x > max {
                x = max;
            }
            x
        }

        pub fn recip(self) -> f64 {
            1.0 / self
        }

        pub fn to_degrees(self) -> f64 {
            self * (180.0 / crate::f64::consts::PI)
        }

        pub fn to_radians(self) -> f64 {
            self * (crate::f64::consts::PI / 180.0)
        }
    }
}

pub mod f32 {
    //! Constants for `f32` (`std::f32::consts::PI`).

    pub mod consts {
        pub const PI: f32 = 3.14159265358979323846264338327950288;
        pub const TAU: f32 = 6.28318530717958647692528676655900577;
        pub const E: f32 = 2.71828182845904523536028747135266250;
        pub const SQRT_2: f32 = 1.41421356237309504880168872420969808;
        pub const FRAC_1_SQRT_2: f32 = 0.707106781186547524400844362104849039;
        pub const FRAC_PI_2: f32 = 1.57079632679489661923132169163975144;
        pub const FRAC_PI_3: f32 = 1.04719755119659774615421446109316763;
        pub const FRAC_PI_4: f32 = 0.785398163397448309615660845819875721;
        pub const FRAC_PI_6: f32 = 0.52359877559829887307710723054658381;
        pub const FRAC_1_PI: f32 = 0.318309886183790671537767526745028724;
        pub const FRAC_2_PI: f32 = 0.636619772367581343075535053490057448;
        pub const LN_2: f32 = 0.693147180559945309417232121458176568;
        pub const LN_10: f32 = 2.30258509299404568401799145468436421;
        pub const LOG2_E: f32 = 1.44269504088896340735992468100189214;
        pub const LOG10_E: f32 = 0.434294481903251827651128918916605082;
    }
}

pub mod f64 {
    //! Constants for `f64` (`std::f64::consts::PI`).

    pub mod consts {
        pub const PI: f64 = 3.14159265358979323846264338327950288;
        pub const TAU: f64 = 6.28318530717958647692528676655900577;
        pub const E: f64 = 2.71828182845904523536028747135266250;
        pub const SQRT_2: f64 = 1.41421356237309504880168872420969808;
        pub const FRAC_1_SQRT_2: f64 = 0.707106781186547524400844362104849039;
        pub const FRAC_PI_2: f64 = 1.57079632679489661923132169163975144;
        pub const FRAC_PI_3: f64 = 1.04719755119659774615421446109316763;
        pub const FRAC_PI_4: f64 = 0.785398163397448309615660845819875721;
        pub const FRAC_PI_6: f64 = 0.52359877559829887307710723054658381;
        pub const FRAC_1_PI: f64 = 0.318309886183790671537767526745028724;
        pub const FRAC_2_PI: f64 = 0.636619772367581343075535053490057448;
        pub const LN_2: f64 = 0.693147180559945309417232121458176568;
        pub const LN_10: f64 = 2.30258509299404568401799145468436421;
        pub const LOG2_E: f64 = 1.44269504088896340735992468100189214;
        pub const LOG10_E: f64 = 0.434294481903251827651128918916605082;
    }
}

pub mod char {
    //! The methods of `char`, and `std::char::{from_u32, from_digit}`.

    use crate::option::Option::{self, None, Some};

    /// The `char` whose scalar value is `i`; `i` must be at most 0x10FFFF and not a
    /// surrogate (0xD800..=0xDFFF).
    #[rustc_intrinsic]
    pub(crate) fn from_u32_unchecked(i: u32) -> char;

    // Unicode properties of non-ASCII characters: they need the Unicode tables, which the
    // back end provides. ASCII characters never reach these.
    #[rustc_intrinsic]
    fn unicode_is_alphabetic(c: char) -> bool;
    #[rustc_intrinsic]
    fn unicode_is_numeric(c: char) -> bool;
    #[rustc_intrinsic]
    fn unicode_is_lowercase(c: char) -> bool;
    #[rustc_intrinsic]
    fn unicode_is_uppercase(c: char) -> bool;

    /// The char after `c` in a range of chars (skipping the surrogate gap).
    pub(crate) fn char_after(c: char) -> char {
        let n = c as u32 + 1;
        if n == 0xD800 {
            from_u32_unchecked(0xE000)
        } else {
            from_u32_unchecked(n)
        }
    }

    pub fn from_u32(i: u32) -> Option<char> {
        char::from_u32(i)
    }

    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        char::from_digit(num, radix)
    }

    #[lang = "char"]
    impl char {
        pub const MAX: char = '\u{10FFFF}';
        pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

        pub fn from_u32(i: u32) -> Option<char> {
            if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
                None
            } else {
                Some(from_u32_unchecked(i))
            }
        }

        pub fn from_digit(num: u32, radix: u32) -> Option<char> {
            if radix > 36 {
                panic!("from_digit: radix is too high (maximum 36)");
            }
            if num < radix {
                let n = num as u8;
                if n < 10 {
                    Some((b'0' + n) as char)
                } else {
                    Some((b'a' + n - 10) as char)
                }
            } else {
                None
            }
        }

        pub fn to_digit(self, radix: u32) -> Option<u32> {
            let mut digit = (self as u32).wrapping_sub('0' as u32);
            if radix > 10 {
                if radix > 36 {
                    panic!(
                        "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive"
                    );
                }
                if digit < 10 {
                    return Some(digit);
                }
                // Lowercases ASCII letters; anything else ends up >= 36.
                digit = ((self as u32) | 0x20).wrapping_sub('a' as u32).saturating_add(10);
            }
            if digit < radix {
                Some(digit)
            } else {
                None
            }
        }

        pub fn is_digit(self, radix: u32) -> bool {
            self.to_digit(radix).is_some()
        }

        pub fn len_utf8(self) -> usize {
            let c = self as u32;
            if c < 0x80 {
                1
            } else if c < 0x800 {
                2
            } else if c < 0x10000 {
                3
            } else {
                4
            }
        }

        pub fn is_ascii(&self) -> bool {
            (*self as u32) < 0x80
        }

        pub fn is_ascii_alphabetic(&self) -> bool {
            match *self {
                'a'..='z' | 'A'..='Z' => true,
                _ => false,
            }
        }

        pub fn is_ascii_uppercase(&self) -> bool {
            match *self {
                'A'..='Z' => true,
                _ => false,
            }
        }

        pub fn is_ascii_lowercase(&self) -> bool {
            match *self {
                'a'..='z' => true,
                _ => false,
            }
        }

        pub fn is_ascii_alphanumeric(&self) -> bool {
            match *self {
                '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
                _ => false,
            }
        }

        pub fn is_ascii_digit(&self) -> bool {
            match *self {
                '0'..='9' => true,
                _ => false,
            }
        }

        pub fn is_ascii_hexdigit(&self) -> bool {
            match *self {
                '0'..='9' | 'a'..='f' | 'A'..='F' => true,
                _ => false,
            }
        }

        pub fn is_ascii_punctuation(&self) -> bool {
            match *self {
                '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => true,
                _ => false,
            }
        }

        pub fn is_ascii_graphic(&self) -> bool {
            match *self {
                '!'..='~' => true,
                _ => false,
            }
        }

        pub fn is_ascii_whitespace(&self) -> bool {
            match *self {
                ' ' | '\t' | '\n' | '\x0C' | '\r' => true,
                _ => false,
            }
        }

        pub fn is_ascii_control(&self) -> bool {
            match *self {
                '\x00'..='\x1F' | '\x7F' => true,
                _ => false,
            }
        }

        pub fn to_ascii_uppercase(&self) -> char {
            if self.is_ascii_lowercase() {
                ((*self as u8) - 32) as char
            } else {
                *self
            }
        }

        pub fn to_ascii_lowercase(&self) -> char {
            if self.is_ascii_uppercase() {
                ((*self as u8) + 32) as char
            } else {
                *self
            }
        }

        pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
            self.to_ascii_lowercase() == other.to_ascii_lowercase()
        }

        /// Unicode's White_Space property (the whole list is short).
        pub fn is_whitespace(self) -> bool {
            match self {
                '\u{9}'..='\u{D}' | ' ' | '\u{85}' | '\u{A0}' | '\u{1680}' => true,
                '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' => true,
                '\u{205F}' | '\u{3000}' => true,
                _ => false,
            }
        }

        /// Unicode's Cc category.
        pub fn is_control(self) -> bool {
            match self {
                '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => true,
                _ => false,
            }
        }

        pub fn is_alphabetic(self) -> bool {
            if self.is_ascii() {
                self.is_ascii_alphabetic()
            } else {
                unicode_is_alphabetic(self)
            }
        }

        pub fn is_numeric(self) -> bool {
            if self.is_ascii() {
                self.is_ascii_digit()
            } else {
                unicode_is_numeric(self)
            }
        }

        pub fn is_alphanumeric(self) -> bool {
            self.is_alphabetic() || self.is_numeric()
        }

        pub fn is_lowercase(self) -> bool {
            if self.is_ascii() {
                self.is_ascii_lowercase()
            } else {
                unicode_is_lowercase(self)
            }
        }

        pub fn is_uppercase(self) -> bool {
            if self.is_ascii() {
                self.is_ascii_uppercase()
            } else {
                unicode_is_uppercase(self)
            }
        }
    }
}

pub mod slice {
    //! The methods of slices `[T]`, and their iterator. (`Vec` has the same methods; it
    //! forwards to these through `as_slice`.)

    use crate::clone::Clone;
    use crate::cmp::Ordering::{self, Equal};
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::fmt::{self, Debug, Formatter};
    use crate::iter::{IntoIterator, Iterator};
    use crate::mem;
    use crate::ops::FnMut;
    use crate::option::Option::{self, None, Some};
    use crate::vec::Vec;

    #[lang = "slice"]
    impl<T> [T] {
        #[rustc_intrinsic]
        pub fn len(&self) -> usize;

        /// Exchanges the elements at `a` and `b`; panics as indexing does when either is
        /// out of bounds.
        #[rustc_intrinsic]
        pub fn swap(&mut self, a: usize, b: usize);

        /// The elements `start..end`, which the caller has checked are in bounds.
        #[rustc_intrinsic]
        pub(crate) fn subslice(&self, start: usize, end: usize) -> &[T];

        pub fn is_empty(&self) -> bool {
            self.len() == 0
        }

        pub fn first(&self) -> Option<&T> {
            if self.is_empty() {
                None
            } else {
                Some(&self[0])
            }
        }

        pub fn last(&self) -> Option<&T> {
            if self.is_empty() {
                None
            } else {
                Some(&self[self.len() - 1])
            }
        }

        pub fn first_mut(&mut self) -> Option<&mut T> {
            if self.is_empty() {
                None
            } else {
                Some(&mut self[0])
            }
        }

        pub fn last_mut(&mut self) -> Option<&mut T> {
            let len = self.len();
            if len == 0 {
                None
            } else {
                Some(&mut self[len - 1])
            }
        }

        pub fn get(&self, index: usize) -> Option<&T> {
            if index < self.len() {
                Some(&self[index])
            } else {
                None
            }
        }

        pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
            if index < self.len() {
                Some(&mut self[index])
            } else {
                None
            }
        }

        pub fn reverse(&mut self) {
            let len = self.len();
            let mut i = 0;
            while i < len / 2 {
                self.swap(i, len - 1 - i);
                i += 1;
            }
        }

        pub fn iter(&self) -> Iter<'_, T> {
            Iter {
                slice: self,
                index: 0,
            }
        }

        /// A stable sort (equal elements keep their order), O(n log n): a merge sort of
        /// the indices, then the permutation is applied with swaps.
        pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
            let mut compare = compare;
            let len = self.len();
            if len < 2 {
                return;
            }
            let mut perm: Vec<usize> = Vec::with_capacity(len);
            let mut tmp: Vec<usize> = Vec::with_capacity(len);
            let mut i = 0;
            while i < len {
                perm.push(i);
                tmp.push(i);
                i += 1;
            }
            let mut width = 1;
            while width < len {
                {
                    let src = perm.as_slice();
                    let dst = tmp.as_mut_slice();
                    let mut lo = 0;
                    while lo < len {
                        let mid = if lo + width < len { lo + width } else { len };
                        let hi = if mid + width < len { mid + width } else { len };
                        let mut a = lo;
                        let mut b = mid;
                        let mut k = lo;
                        while k < hi {
                            // Take from the right run only when its element is strictly
                            // smaller: that keeps the sort stable.
                            let take_left = a < mid
                                && (b >= hi || !compare(&self[src[a]], &self[src[b]]).is_gt());
                            if take_left {
                                dst[k] = src[a];
                                a += 1;
                            } else {
                                dst[k] = src[b];
                                b += 1;
                            }
                            k += 1;
                        }
                        lo = hi;
                    }
                }
                mem::swap(&mut perm, &mut tmp);
                width *= 2;
            }
            // Position k receives the element at perm[k]: follow each cycle once.
            let p = perm.as_mut_slice();
            let mut start = 0;
            while start < len {
                if p[start] != start {
                    let mut cur = start;
                    loop {
                        let next = p[cur];
                        p[cur] = cur;
                        if next == start {
                            break;
                        }
                        self.swap(cur, next);
                        cur = next;
                    }
                }
                start += 1;
            }
        }

        pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
            let mut f = f;
            self.sort_by(|a, b| f(a).cmp(&f(b)));
        }
    }

    impl<T: Clone> [T] {
        pub fn to_vec(&self) -> Vec<T> {
            let mut v = Vec::with_capacity(self.len());
            v.extend_from_slice(self);
            v
        }
    }

    impl<T: PartialEq> [T] {
        pub fn contains(&self, x: &T) -> bool {
            let mut i = 0;
            while i < self.len() {
                if self[i].eq(x) {
                    return true;
                }
                i += 1;
            }
            false
        }
    }

    impl<T: Ord> [T] {
        pub fn sort(&mut self) {
            self.sort_by(|a, b| a.cmp(b));
        }

        /// Same as `sort`: a stable sort is a valid unstable one. (Elements that compare
        /// equal but differ may end up in another order than with std's pdqsort.)
        pub fn sort_unstable(&mut self) {
            self.sort_by(|a, b| a.cmp(b));
        }
    }

    /// The iterator returned by `iter()` on a slice or a `Vec`.
    pub struct Iter<'a, T> {
        slice: &'a [T],
        index: usize,
    }

    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;

        fn next(&mut self) -> Option<&'a T> {
            if self.index < self.slice.len() {
                let x = &self.slice[self.index];
                self.index += 1;
                Some(x)
            } else {
                None
            }
        }
    }

    impl<'a, T> Clone for Iter<'a, T> {
        fn clone(&self) -> Iter<'a, T> {
            Iter {
                slice: self.slice,
                index: self.index,
            }
        }
    }

    impl<'a, T> IntoIterator for &'a [T] {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;

        fn into_iter(self) -> Iter<'a, T> {
            self.iter()
        }
    }

    impl<T: PartialEq> PartialEq for [T] {
        fn eq(&self, other: &[T]) -> bool {
            if self.len() != other.len() {
                return false;
            }
            let mut i = 0;
            while i < self.len() {
                if !self[i].eq(&other[i]) {
                    return false;
                }
                i += 1;
            }
            true
        }
    }

    impl<T: Eq> Eq for [T] {}

    /// Lexicographic, as std.
    impl<T: PartialOrd> PartialOrd for [T] {
        fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
            let mut i = 0;
            while i < self.len() && i < other.len() {
                match self[i].partial_cmp(&other[i]) {
                    Some(Equal) => {}
                    non_eq => return non_eq,
                }
                i += 1;
            }
            Some(self.len().cmp(&other.len()))
        }
    }

    impl<T: Ord> Ord for [T] {
        fn cmp(&self, other: &[T]) -> Ordering {
            let mut i = 0;
            while i < self.len() && i < other.len() {
                match self[i].cmp(&other[i]) {
                    Equal => {}
                    non_eq => return non_eq,
                }
                i += 1;
            }
            self.len().cmp(&other.len())
        }
    }

    impl<T: Debug> Debug for [T] {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            let mut list = f.debug_list();
            let mut i = 0;
            while i < self.len() {
                list.entry(&self[i]);
                i += 1;
            }
            list.finish()
        }
    }
}

pub mod str {
    //! The methods of `str` (patterns are `&str` only), and `Chars`.

    use crate::char::from_u32_unchecked;
    use crate::cmp::Ordering::{self, Equal, Greater, Less};
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::iter::Iterator;
    use crate::option::Option::{self, None, Some};
    use crate::string::String;

    /// The bytes `v`, which the caller guarantees are UTF-8, as a `str`.
    #[rustc_intrinsic]
    pub(crate) fn from_utf8_unchecked(v: &[u8]) -> &str;

    /// Decodes the UTF-8 sequence that starts at `bytes[i]`: (scalar value, length).
    pub(crate) fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
        let b0 = bytes[i] as u32;
        if b0 < 0x80 {
            (b0, 1)
        } else if b0 < 0xE0 {
            let c = ((b0 & 0x1F) << 6) | ((bytes[i + 1] as u32) & 0x3F);
            (c, 2)
        } else if b0 < 0xF0 {
            let c = ((b0 & 0x0F) << 12)
                | (((bytes[i + 1] as u32) & 0x3F) << 6)
                | ((bytes[i + 2] as u32) & 0x3F);
            (c, 3)
        } else {
            let c = ((b0 & 0x07) << 18)
                | (((bytes[i + 1] as u32) & 0x3F) << 12)
                | (((bytes[i + 2] as u32) & 0x3F) << 6)
                | ((bytes[i + 3] as u32) & 0x3F);
            (c, 4)
        }
    }

    /// The index of the first byte of the char that ends just before `end` (> 0).
    pub(crate) fn char_start_before(bytes: &[u8], end: usize) -> usize {
        let mut i = end - 1;
        while i > 0 && !is_char_start(bytes[i]) {
            i -= 1;
        }
        i
    }

    fn is_char_start(b: u8) -> bool {
        (b & 0xC0) != 0x80
    }

    /// The number of chars in `s`.
    pub(crate) fn char_count(s: &str) -> usize {
        let bytes = s.as_bytes();
        let mut n = 0;
        let mut i = 0;
        while i < bytes.len() {
            if is_char_start(bytes[i]) {
                n += 1;
            }
            i += 1;
        }
        n
    }

    /// The first `n` chars of `s` (all of `s` if it is shorter).
    pub(crate) fn prefix_chars(s: &str, n: usize) -> &str {
        let bytes = s.as_bytes();
        let mut seen = 0;
        let mut i = 0;
        while i < bytes.len() {
            if is_char_start(bytes[i]) {
                if seen == n {
                    return from_utf8_unchecked(bytes.subslice(0, i));
                }
                seen += 1;
            }
            i += 1;
        }
        s
    }

    /// Whether `needle` occurs in `haystack` at byte `at`.
    fn bytes_match_at(haystack: &[u8], at: usize, needle: &[u8]) -> bool {
        if at + needle.len() > haystack.len() {
            return false;
        }
        let mut i = 0;
        while i < needle.len() {
            if haystack[at + i] != needle[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    fn compare_bytes(a: &[u8], b: &[u8]) -> Ordering {
        let mut i = 0;
        while i < a.len() && i < b.len() {
            if a[i] < b[i] {
                return Less;
            }
            if a[i] > b[i] {
                return Greater;
            }
            i += 1;
        }
        if a.len() < b.len() {
            Less
        } else if a.len() > b.len() {
            Greater
        } else {
            Equal
        }
    }

    #[lang = "str"]
    impl str {
        #[rustc_intrinsic]
        pub fn as_bytes(&self) -> &[u8];

        /// Full Unicode case mapping (which can change the length, e.g. "ß" -> "SS");
        /// the back end has the tables.
        #[rustc_intrinsic]
        pub fn to_uppercase(&self) -> String;
        #[rustc_intrinsic]
        pub fn to_lowercase(&self) -> String;

        pub fn len(&self) -> usize {
            self.as_bytes().len()
        }

        pub fn is_empty(&self) -> bool {
            self.len() == 0
        }

        pub fn is_char_boundary(&self, index: usize) -> bool {
            let bytes = self.as_bytes();
            if index == 0 || index == bytes.len() {
                true
            } else if index > bytes.len() {
                false
            } else {
                is_char_start(bytes[index])
            }
        }

        pub fn is_ascii(&self) -> bool {
            let bytes = self.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] >= 0x80 {
                    return false;
                }
                i += 1;
            }
            true
        }

        pub fn chars(&self) -> Chars<'_> {
            Chars {
                bytes: self.as_bytes(),
                index: 0,
            }
        }

        pub fn to_string(&self) -> String {
            String::from(self)
        }

        pub fn to_owned(&self) -> String {
            String::from(self)
        }

        /// The byte index of the first occurrence of `pat`.
        pub fn find(&self, pat: &str) -> Option<usize> {
            let haystack = self.as_bytes();
            let needle = pat.as_bytes();
            let mut at = 0;
            while at + needle.len() <= haystack.len() {
                if bytes_match_at(haystack, at, needle) {
                    return Some(at);
                }
                at += 1;
            }
            None
        }

        pub fn contains(&self, pat: &str) -> bool {
            self.find(pat).is_some()
        }

        pub fn starts_with(&self, pat: &str) -> bool {
            bytes_match_at(self.as_bytes(), 0, pat.as_bytes())
        }

        pub fn ends_with(&self, pat: &str) -> bool {
            let haystack = self.as_bytes();
            let needle = pat.as_bytes();
            needle.len() <= haystack.len()
                && bytes_match_at(haystack, haystack.len() - needle.len(), needle)
        }

        /// Without leading and trailing whitespace (Unicode White_Space).
        pub fn trim(&self) -> &str {
            self.trim_start().trim_end()
        }

        pub fn trim_start(&self) -> &str {
            let bytes = self.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let (c, n) = decode_at(bytes, i);
                if !from_u32_unchecked(c).is_whitespace() {
                    break;
                }
                i += n;
            }
            from_utf8_unchecked(bytes.subslice(i, bytes.len()))
        }

        pub fn trim_end(&self) -> &str {
            let bytes = self.as_bytes();
            let mut end = bytes.len();
            while end > 0 {
                let start = char_start_before(bytes, end);
                let (c, _) = decode_at(bytes, start);
                if !from_u32_unchecked(c).is_whitespace() {
                    break;
                }
                end = start;
            }
            from_utf8_unchecked(bytes.subslice(0, end))
        }

        pub fn to_ascii_uppercase(&self) -> String {
            let mut s = String::with_capacity(self.len());
            let mut chars = self.chars();
            while let Some(c) = chars.next() {
                s.push(c.to_ascii_uppercase());
            }
            s
        }

        pub fn to_ascii_lowercase(&self) -> String {
            let mut s = String::with_capacity(self.len());
            let mut chars = self.chars();
            while let Some(c) = chars.next() {
                s.push(c.to_ascii_lowercase());
            }
            s
        }

        pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
            let a = self.as_bytes();
            let b = other.as_bytes();
            if a.len() != b.len() {
                return false;
            }
            let mut i = 0;
            while i < a.len() {
                if (a[i] as char).to_ascii_lowercase() != (b[i] as char).to_ascii_lowercase() {
                    return false;
                }
                i += 1;
            }
            true
        }

        pub fn repeat(&self, n: usize) -> String {
            let mut s = String::with_capacity(self.len() * n);
            let mut i = 0;
            while i < n {
                s.push_str(self);
                i += 1;
            }
            s
        }
    }

    /// The iterator returned by `chars()`.
    pub struct Chars<'a> {
        bytes: &'a [u8],
        index: usize,
    }

    impl<'a> Iterator for Chars<'a> {
        type Item = char;

        fn next(&mut self) -> Option<char> {
            if self.index >= self.bytes.len() {
                return None;
            }
            let (c, n) = decode_at(self.bytes, self.index);
            self.index += n;
            Some(from_u32_unchecked(c))
        }
    }

    impl PartialEq for str {
        fn eq(&self, other: &str) -> bool {
            let a = self.as_bytes();
            let b = other.as_bytes();
            a.len() == b.len() && bytes_match_at(a, 0, b)
        }
    }

    impl Eq for str {}

    /// Byte-wise lexicographic, which for UTF-8 is the order of the chars.
    impl PartialOrd for str {
        fn partial_cmp(&self, other: &str) -> Option<Ordering> {
            Some(compare_bytes(self.as_bytes(), other.as_bytes()))
        }
    }

    impl Ord for str {
        fn cmp(&self, other: &str) -> Ordering {
            compare_bytes(self.as_bytes(), other.as_bytes())
        }
    }
}

pub mod string {
    //! `String` (a `Vec<u8>` that holds UTF-8) and `ToString`.

    use crate::char::from_u32_unchecked;
    use crate::clone::Clone;
    use crate::cmp::Ordering;
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::default::Default;
    use crate::fmt::{self, Debug, Display, Formatter};
    use crate::option::Option::{self, None, Some};
    use crate::result::Result::{Err, Ok};
    use crate::str::{char_start_before, decode_at, from_utf8_unchecked, Chars};
    use crate::vec::Vec;

    #[lang = "String"]
    pub struct String {
        vec: Vec<u8>,
    }

    impl String {
        pub fn new() -> String {
            String { vec: Vec::new() }
        }

        pub fn with_capacity(capacity: usize) -> String {
            String {
                vec: Vec::with_capacity(capacity),
            }
        }

        /// `String::from("...")`. (Generic traits such as `From<&str>` come in a later
        /// wave, so this is an inherent function.)
        pub fn from(s: &str) -> String {
            let mut string = String::with_capacity(s.len());
            string.push_str(s);
            string
        }

        /// Appends `ch` encoded as UTF-8.
        pub fn push(&mut self, ch: char) {
            let c = ch as u32;
            if c < 0x80 {
                self.vec.push(c as u8);
            } else if c < 0x800 {
                self.vec.push((0xC0 | (c >> 6)) as u8);
                self.vec.push((0x80 | (c & 0x3F)) as u8);
            } else if c < 0x10000 {
                self.vec.push((0xE0 | (c >> 12)) as u8);
                self.vec.push((0x80 | ((c >> 6) & 0x3F)) as u8);
                self.vec.push((0x80 | (c & 0x3F)) as u8);
            } else {
                self.vec.push((0xF0 | (c >> 18)) as u8);
                self.vec.push((0x80 | ((c >> 12) & 0x3F)) as u8);
                self.vec.push((0x80 | ((c >> 6) & 0x3F)) as u8);
                self.vec.push((0x80 | (c & 0x3F)) as u8);
            }
        }

        pub fn push_str(&mut self, string: &str) {
            self.vec.extend_from_slice(string.as_bytes());
        }

        pub fn pop(&mut self) -> Option<char> {
            let len = self.vec.len();
            if len == 0 {
                return None;
            }
            let bytes = self.vec.as_slice();
            let start = char_start_before(bytes, len);
            let (c, _) = decode_at(bytes, start);
            self.vec.truncate(start);
            Some(from_u32_unchecked(c))
        }

        /// Inserts `ch` at byte index `idx`, which must be a char boundary.
        pub fn insert(&mut self, idx: usize, ch: char) {
            assert!(self.is_char_boundary(idx));
            let mut encoded = String::new();
            encoded.push(ch);
            let bytes = encoded.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                self.vec.insert(idx + i, bytes[i]);
                i += 1;
            }
        }

        pub fn len(&self) -> usize {
            self.vec.len()
        }

        pub fn is_empty(&self) -> bool {
            self.vec.is_empty()
        }

        pub fn capacity(&self) -> usize {
            self.vec.capacity()
        }

        pub fn clear(&mut self) {
            self.vec.clear();
        }

        pub fn truncate(&mut self, new_len: usize) {
            if new_len <= self.len() {
                assert!(self.is_char_boundary(new_len));
                self.vec.truncate(new_len);
            }
        }

        pub fn as_str(&self) -> &str {
            from_utf8_unchecked(self.vec.as_slice())
        }

        pub fn as_bytes(&self) -> &[u8] {
            self.vec.as_slice()
        }

        pub fn into_bytes(self) -> Vec<u8> {
            self.vec
        }

        // What `String` gets from `str` through `Deref` in std (`Deref` is a later wave).

        pub fn is_char_boundary(&self, index: usize) -> bool {
            self.as_str().is_char_boundary(index)
        }

        pub fn chars(&self) -> Chars<'_> {
            self.as_str().chars()
        }

        pub fn find(&self, pat: &str) -> Option<usize> {
            self.as_str().find(pat)
        }

        pub fn contains(&self, pat: &str) -> bool {
            self.as_str().contains(pat)
        }

        pub fn starts_with(&self, pat: &str) -> bool {
            self.as_str().starts_with(pat)
        }

        pub fn ends_with(&self, pat: &str) -> bool {
            self.as_str().ends_with(pat)
        }

        pub fn trim(&self) -> &str {
            self.as_str().trim()
        }

        pub fn trim_start(&self) -> &str {
            self.as_str().trim_start()
        }

        pub fn trim_end(&self) -> &str {
            self.as_str().trim_end()
        }

        pub fn to_uppercase(&self) -> String {
            self.as_str().to_uppercase()
        }

        pub fn to_lowercase(&self) -> String {
            self.as_str().to_lowercase()
        }

        pub fn to_ascii_uppercase(&self) -> String {
            self.as_str().to_ascii_uppercase()
        }

        pub fn to_ascii_lowercase(&self) -> String {
            self.as_str().to_ascii_lowercase()
        }

        pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
            self.as_str().eq_ignore_ascii_case(other)
        }

        pub fn is_ascii(&self) -> bool {
            self.as_str().is_ascii()
        }

        pub fn repeat(&self, n: usize) -> String {
            self.as_str().repeat(n)
        }
    }

    /// Conversion to a `String`; every `Display` type has it.
    #[lang = "ToString"]
    pub trait ToString {
        fn to_string(&self) -> String;
    }

    impl<T: Display> ToString for T {
        fn to_string(&self) -> String {
            let mut buf = String::new();
            let mut f = Formatter::new(&mut buf);
            match Display::fmt(self, &mut f) {
                Ok(()) => {}
                Err(_) => panic!("a Display implementation returned an error unexpectedly: Error"),
            }
            buf
        }
    }

    impl Clone for String {
        fn clone(&self) -> String {
            String {
                vec: self.vec.clone(),
            }
        }
    }

    impl Default for String {
        fn default() -> String {
            String::new()
        }
    }

    impl PartialEq for String {
        fn eq(&self, other: &String) -> bool {
            self.as_str().eq(other.as_str())
        }
    }

    impl Eq for String {}

    impl PartialOrd for String {
        fn partial_cmp(&self, other: &String) -> Option<Ordering> {
            self.as_str().partial_cmp(other.as_str())
        }
    }

    impl Ord for String {
        fn cmp(&self, other: &String) -> Ordering {
            self.as_str().cmp(other.as_str())
        }
    }

    impl Debug for String {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            Debug::fmt(self.as_str(), f)
        }
    }

    impl Display for String {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            Display::fmt(self.as_str(), f)
        }
    }
}

pub mod vec {
    //! `Vec<T>`, its owning iterator, and `from_elem` (for `vec![elem; n]`).

    use crate::clone::Clone;
    use crate::cmp::Ordering;
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::default::Default;
    use crate::fmt::{self, Debug, Formatter};
    use crate::iter::{IntoIterator, Iterator};
    use crate::marker::PhantomData;
    use crate::ops::FnMut;
    use crate::option::Option::{self, None, Some};
    use crate::slice::Iter;

    /// A growable array. The back end owns the layout (pointer, capacity, length) and
    /// implements the intrinsics; `v[i]` is built into the checker and means
    /// `v.as_slice()[i]` (or `v.as_mut_slice()[i]`).
    #[lang = "Vec"]
    pub struct Vec<T> {
        buf: PhantomData<T>,
    }

    impl<T> Vec<T> {
        #[rustc_intrinsic]
        pub fn new() -> Vec<T>;
        #[rustc_intrinsic]
        pub fn with_capacity(capacity: usize) -> Vec<T>;
        #[rustc_intrinsic]
        pub fn push(&mut self, value: T);
        #[rustc_intrinsic]
        pub fn pop(&mut self) -> Option<T>;
        #[rustc_intrinsic]
        pub fn len(&self) -> usize;
        #[rustc_intrinsic]
        pub fn capacity(&self) -> usize;
        #[rustc_intrinsic]
        pub fn clear(&mut self);
        #[rustc_intrinsic]
        pub fn as_slice(&self) -> &[T];
        #[rustc_intrinsic]
        pub fn as_mut_slice(&mut self) -> &mut [T];

        pub fn is_empty(&self) -> bool {
            self.len() == 0
        }

        /// Inserts `element` at `index`, shifting the later elements right.
        pub fn insert(&mut self, index: usize, element: T) {
            let len = self.len();
            if index > len {
                panic!("insertion index (is {}) should be <= len (is {})", index, len);
            }
            self.push(element);
            let s = self.as_mut_slice();
            let mut i = len;
            while i > index {
                s.swap(i - 1, i);
                i -= 1;
            }
        }

        /// Removes and returns the element at `index`, shifting the later elements left.
        pub fn remove(&mut self, index: usize) -> T {
            let len = self.len();
            if index >= len {
                panic!("removal index (is {}) should be < len (is {})", index, len);
            }
            let s = self.as_mut_slice();
            let mut i = index;
            while i + 1 < len {
                s.swap(i, i + 1);
                i += 1;
            }
            match self.pop() {
                Some(x) => x,
                None => unreachable!(),
            }
        }

        /// Removes the element at `index` and puts the last element in its place.
        pub fn swap_remove(&mut self, index: usize) -> T {
            let len = self.len();
            if index >= len {
                panic!("swap_remove index (is {}) should be < len (is {})", index, len);
            }
            self.as_mut_slice().swap(index, len - 1);
            match self.pop() {
                Some(x) => x,
                None => unreachable!(),
            }
        }

        /// (Pops from the end, so the removed elements are dropped back to front where
        /// std drops them front to back: no difference until `Drop` is in the subset.)
        pub fn truncate(&mut self, len: usize) {
            while self.len() > len {
                self.pop();
            }
        }

        /// Moves all the elements of `other` to the end of `self`.
        pub fn append(&mut self, other: &mut Vec<T>) {
            other.reverse();
            while let Some(x) = other.pop() {
                self.push(x);
            }
        }

        /// Splits off the elements `at..`, which it returns.
        pub fn split_off(&mut self, at: usize) -> Vec<T> {
            let len = self.len();
            if at > len {
                panic!("`at` split index (is {}) should be <= len (is {})", at, len);
            }
            let mut tail = Vec::with_capacity(len - at);
            while self.len() > at {
                match self.pop() {
                    Some(x) => tail.push(x),
                    None => unreachable!(),
                }
            }
            tail.reverse();
            tail
        }

        /// Keeps the elements for which `f` returns true, in order.
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) {
            let mut f = f;
            let len = self.len();
            let mut kept = 0;
            let mut i = 0;
            while i < len {
                if f(&self.as_slice()[i]) {
                    self.as_mut_slice().swap(kept, i);
                    kept += 1;
                }
                i += 1;
            }
            self.truncate(kept);
        }

        pub fn get(&self, index: usize) -> Option<&T> {
            self.as_slice().get(index)
        }

        pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
            self.as_mut_slice().get_mut(index)
        }

        pub fn first(&self) -> Option<&T> {
            self.as_slice().first()
        }

        pub fn last(&self) -> Option<&T> {
            self.as_slice().last()
        }

        pub fn first_mut(&mut self) -> Option<&mut T> {
            self.as_mut_slice().first_mut()
        }

        pub fn last_mut(&mut self) -> Option<&mut T> {
            self.as_mut_slice().last_mut()
        }

        pub fn swap(&mut self, a: usize, b: usize) {
            self.as_mut_slice().swap(a, b);
        }

        pub fn reverse(&mut self) {
            self.as_mut_slice().reverse();
        }

        pub fn iter(&self) -> Iter<'_, T> {
            self.as_slice().iter()
        }

        pub fn into_iter(self) -> IntoIter<T> {
            let mut rev = self;
            rev.reverse();
            IntoIter { rev }
        }

        pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
            self.as_mut_slice().sort_by(compare);
        }

        pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
            self.as_mut_slice().sort_by_key(f);
        }
    }

    impl<T: Clone> Vec<T> {
        pub fn extend_from_slice(&mut self, other: &[T]) {
            let mut i = 0;
            while i < other.len() {
                self.push(other[i].clone());
                i += 1;
            }
        }

        /// Truncates, or appends clones of `value`, until the length is `new_len`.
        pub fn resize(&mut self, new_len: usize, value: T) {
            let len = self.len();
            if new_len > len {
                let mut i = len + 1;
                while i < new_len {
                    self.push(value.clone());
                    i += 1;
                }
                self.push(value);
            } else {
                self.truncate(new_len);
            }
        }
    }

    impl<T: PartialEq> Vec<T> {
        pub fn contains(&self, x: &T) -> bool {
            self.as_slice().contains(x)
        }

        /// Removes consecutive repeated elements.
        pub fn dedup(&mut self) {
            let len = self.len();
            if len < 2 {
                return;
            }
            let mut kept = 1;
            let mut i = 1;
            while i < len {
                if !self.as_slice()[i].eq(&self.as_slice()[kept - 1]) {
                    self.as_mut_slice().swap(kept, i);
                    kept += 1;
                }
                i += 1;
            }
            self.truncate(kept);
        }
    }

    impl<T: Ord> Vec<T> {
        pub fn sort(&mut self) {
            self.as_mut_slice().sort();
        }

        pub fn sort_unstable(&mut self) {
            self.as_mut_slice().sort_unstable();
        }
    }

    /// `vec![elem; n]`: `n - 1` clones of `elem`, then `elem` itself, as std.
    #[lang = "from_elem"]
    pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
        let mut v = Vec::with_capacity(n);
        v.resize(n, elem);
        v
    }

    /// The iterator of `vec.into_iter()` and `for x in vec`: it holds the remaining
    /// elements in reverse order, so that `next` is a `pop`.
    pub struct IntoIter<T> {
        rev: Vec<T>,
    }

    impl<T> Iterator for IntoIter<T> {
        type Item = T;

        fn next(&mut self) -> Option<T> {
            self.rev.pop()
        }
    }

    impl<T> IntoIterator for Vec<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;

        fn into_iter(self) -> IntoIter<T> {
            let mut rev = self;
            rev.reverse();
            IntoIter { rev }
        }
    }

    impl<'a, T> IntoIterator for &'a Vec<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;

        fn into_iter(self) -> Iter<'a, T> {
            self.iter()
        }
    }

    impl<T: Clone> Clone for Vec<T> {
        fn clone(&self) -> Vec<T> {
            let mut v = Vec::with_capacity(self.len());
            v.extend_from_slice(self.as_slice());
            v
        }
    }

    impl<T> Default for Vec<T> {
        fn default() -> Vec<T> {
            Vec::new()
        }
    }

    impl<T: PartialEq> PartialEq for Vec<T> {
        fn eq(&self, other: &Vec<T>) -> bool {
            self.as_slice().eq(other.as_slice())
        }
    }

    impl<T: Eq> Eq for Vec<T> {}

    impl<T: PartialOrd> PartialOrd for Vec<T> {
        fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
            self.as_slice().partial_cmp(other.as_slice())
        }
    }

    impl<T: Ord> Ord for Vec<T> {
        fn cmp(&self, other: &Vec<T>) -> Ordering {
            self.as_slice().cmp(other.as_slice())
        }
    }

    impl<T: Debug> Debug for Vec<T> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            self.as_slice().fmt(f)
        }
    }
}

pub mod boxed {
    //! `Box<T>`: a value on the heap. `*b` (reading, assigning, moving out) is built into
    //! the checker, as in rustc.

    use crate::clone::Clone;
    use crate::cmp::Ordering;
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::default::Default;
    use crate::fmt::{self, Debug, Display, Formatter};
    use crate::marker::PhantomData;
    use crate::option::Option;

    /// The back end lays a `Box<T>` out as one pointer to a heap-allocated `T`.
    #[lang = "Box"]
    pub struct Box<T> {
        ptr: PhantomData<T>,
    }

    impl<T> Box<T> {
        /// Moves `x` to the heap.
        #[rustc_intrinsic]
        pub fn new(x: T) -> Box<T>;
    }

    impl<T: Clone> Clone for Box<T> {
        fn clone(&self) -> Box<T> {
            Box::new((**self).clone())
        }
    }

    impl<T: Default> Default for Box<T> {
        fn default() -> Box<T> {
            Box::new(T::default())
        }
    }

    impl<T: PartialEq> PartialEq for Box<T> {
        fn eq(&self, other: &Box<T>) -> bool {
            (**self).eq(&**other)
        }
    }

    impl<T: Eq> Eq for Box<T> {}

    impl<T: PartialOrd> PartialOrd for Box<T> {
        fn partial_cmp(&self, other: &Box<T>) -> Option<Ordering> {
            (**self).partial_cmp(&**other)
        }
    }

    impl<T: Ord> Ord for Box<T> {
        fn cmp(&self, other: &Box<T>) -> Ordering {
            (**self).cmp(&**other)
        }
    }

    impl<T: Debug> Debug for Box<T> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            Debug::fmt(&**self, f)
        }
    }

    impl<T: Display> Display for Box<T> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            Display::fmt(&**self, f)
        }
    }
}

pub mod future {
    //! The `Future` trait: the type of `async fn` calls and `async` blocks. Polling is the
    //! back end's business (wave 2).

    #[lang = "future"]
    pub trait Future {
        type Output;
    }
}

pub mod prelude {
    //! The names in scope in every user module: Rust 2021's prelude, minus what the subset
    //! does not have yet (Send, Sync, Unpin, Drop, ToOwned, AsRef, AsMut, Into, From,
    //! TryFrom, TryInto, Extend, FromIterator, DoubleEndedIterator, ExactSizeIterator,
    //! size_of and friends).

    pub use crate::boxed::Box;
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::default::Default;
    pub use crate::iter::{IntoIterator, Iterator};
    pub use crate::marker::{Copy, Sized};
    pub use crate::mem::drop;
    pub use crate::ops::{Fn, FnMut, FnOnce};
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};
    pub use crate::string::{String, ToString};
    pub use crate::vec::Vec;
}
