//@ compile-flags: --edition 2021
// impl Trait for Type: std traits (Display, Debug, PartialEq, Default), generic impls, impls for primitives and String.
use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

trait Combine {
    fn combine(self, other: Self) -> Self;
}

impl Combine for Money {
    fn combine(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

impl Default for Money {
    fn default() -> Self {
        Money { cents: 150 }
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> Self {
        *self * 2
    }
}

impl Double for String {
    fn double(&self) -> Self {
        let mut twice = self.clone();
        twice.push_str(self);
        twice
    }
}

struct Wrap<T>(T);

impl<T: fmt::Debug> fmt::Debug for Wrap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Wrap({:?})", self.0)
    }
}

impl<T> PartialEq for Wrap<T>
where
    T: PartialEq,
{
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

fn main() {
    let m = Money::default().combine(Money { cents: 275 });
    println!("{}", m);
    println!("{} {}", 21.double(), "ab".to_string().double());
    let w = Wrap(vec![1, 2]);
    println!("{:?} {}", w, w == Wrap(vec![1, 2]));
}
