// Result::expect and unwrap on Err panic with the Debug of the error.
#[derive(Debug)]
enum E {
    Bad(u8),
}

fn get(n: u8) -> Result<u8, E> {
    if n < 3 { Ok(n * 2) } else { Err(E::Bad(n)) }
}

fn main() {
    for i in 0..5 {
        let v = get(i).expect("value must be small");
        println!("got {}", v);
    }
    println!("never printed");
}
