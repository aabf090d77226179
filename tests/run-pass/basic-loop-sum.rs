// Accumulating with loop, while and for; break with values of several types.
fn main() {
    let mut i = 0;
    let mut acc = 0;
    let last = loop {
        i += 1;
        acc += i;
        if acc > 50 {
            break i;
        }
    };
    println!("last = {}, acc = {}", last, acc);
    let mut n = 0u8;
    let label = loop {
        n += 1;
        if n == 3 {
            break "three";
        }
    };
    println!("{}", label);
    let pair = loop {
        break (1, 'x');
    };
    println!("{} {}", pair.0, pair.1);
    let flag = loop {
        if acc % 2 == 0 {
            break true;
        }
        acc += 1;
    };
    println!("{} {}", flag, acc);
}
