// Indexing a Vec out of bounds panics with the index and length.
fn get(v: &Vec<u8>, i: usize) -> u8 {
    v[i]
}

fn main() {
    let v = vec![1u8, 2, 3];
    let mut i = 0;
    let mut sum = 0u32;
    loop {
        sum += get(&v, i) as u32;
        println!("sum {}", sum);
        i += 1;
        if i > 10 {
            break;
        }
    }
    println!("never printed");
}
