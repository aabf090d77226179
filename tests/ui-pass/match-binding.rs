//@ compile-flags: --edition 2021
// Binding patterns: plain, mut, ref, ref mut, and @ with sub-patterns.

#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn age_group(p: &Person) -> String {
    match p.age {
        n @ 0..=12 => format!("child of {}", n),
        n @ (13..=19) => format!("teen of {}", n),
        n @ 20 | n @ 30 => format!("round {}", n),
        n => format!("adult of {}", n),
    }
}

fn main() {
    let people = vec![
        Person { name: "a".to_string(), age: 5 },
        Person { name: "b".to_string(), age: 15 },
        Person { name: "c".to_string(), age: 30 },
        Person { name: "d".to_string(), age: 44 },
    ];
    for p in &people {
        println!("{} {}", p.name, age_group(p));
    }
    let mut pair = (1, String::from("s"));
    match pair {
        (ref mut n, ref s) => {
            *n += s.len();
        }
    }
    match pair.0 {
        mut copy => {
            copy += 1;
            println!("{}", copy);
        }
    }
    let whole @ Person { age, .. } = &people[0];
    let msg = match Some(42) {
        Some(x @ 40..=50) => x,
        Some(x) => x + 1,
        None => 0,
    };
    let ref r = people[1];
    println!("{:?} {} {} {} {}", pair, whole.name, age, msg, r.age);
}
