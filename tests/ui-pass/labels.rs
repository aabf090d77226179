//@ compile-flags: --edition 2021
// Labelled loops and blocks: break/continue with labels, break label with value.

fn main() {
    let mut found = None;
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 {
                found = Some((i, j));
                break 'outer;
            }
            if j > i {
                continue 'outer;
            }
        }
    }
    let mut count = 0;
    'counting: loop {
        let mut remaining = 10;
        loop {
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting;
            }
            remaining -= 1;
        }
        count += 1;
    }
    let v = 'search: loop {
        let mut x = 0;
        'inner: while x < 100 {
            x += 17;
            if x % 2 == 0 {
                continue 'inner;
            }
            if x > 60 {
                break 'search x;
            }
        }
        break 0;
    };
    let mut w = 0;
    'w: while w < 10 {
        w += 1;
        if w == 5 {
            break 'w;
        }
    }
    let block_value = 'b: {
        if w == 5 {
            break 'b 1;
        }
        2
    };
    println!("{:?} {} {} {} {}", found, count, v, w, block_value);
}
