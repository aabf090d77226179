//@ compile-flags: --edition 2021
// loop with `break value` typing the loop expression, labeled break/continue out of nested
// loops, and a labeled break carrying a value.

fn first_square_above(limit: u32) -> u32 {
    let mut i = 0;
    loop {
        i += 1;
        if i * i > limit {
            break i * i;
        }
    }
}

fn main() {
    let found = 'outer: loop {
        for a in 1..10 {
            for b in 1..10 {
                if a * b == 42 {
                    break 'outer (a, b);
                }
            }
        }
        break (0, 0);
    };
    assert_eq!(found, (6, 7));
    let mut skipped = 0;
    'rows: for row in 0..4 {
        for col in 0..4 {
            if col > row {
                skipped += 1;
                continue 'rows;
            }
        }
    }
    let text = loop {
        break String::from("done");
    };
    println!("{} {:?} {} {}", first_square_above(50), found, skipped, text);
}
