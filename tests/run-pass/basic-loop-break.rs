// loop with break value, labelled breaks and continues.
fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result = {}", result);

    let mut count = 0;
    'outer: loop {
        let mut inner = 0;
        loop {
            inner += 1;
            if inner > 3 {
                break;
            }
            if count == 2 {
                break 'outer;
            }
            count += 1;
        }
    }
    println!("count = {}", count);

    let mut found = 0;
    'rows: for r in 0..5 {
        for c in 0..5 {
            if c > r {
                continue 'rows;
            }
            if r * c == 6 {
                found = r * 10 + c;
                break 'rows;
            }
        }
    }
    println!("found = {}", found);
}
