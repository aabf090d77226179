//@ compile-flags: --edition 2021
// loop with break values, break without value, nested loops returning values.

fn find_first_square_over(limit: u64) -> u64 {
    let mut i = 0;
    loop {
        i += 1;
        if i * i > limit {
            break i * i;
        }
    }
}

fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    let mut n = 0;
    loop {
        n += 1;
        if n >= 3 {
            break;
        }
    }
    let found = loop {
        let inner = loop {
            break 5;
        };
        break inner + 1;
    };
    let s = loop {
        break String::from("from loop");
    };
    let unit: () = loop {
        break ();
    };
    let tuple = loop { break (1, 'a') };
    println!("{} {} {} {} {} {:?} {:?}", result, n, found, s, find_first_square_over(50), unit, tuple);
}
