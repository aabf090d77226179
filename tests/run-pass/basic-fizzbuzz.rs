// FizzBuzz from 1 to 30.
fn fizzbuzz(n: u32) {
    if n % 15 == 0 {
        println!("FizzBuzz");
    } else if n % 3 == 0 {
        println!("Fizz");
    } else if n % 5 == 0 {
        println!("Buzz");
    } else {
        println!("{}", n);
    }
}

fn main() {
    let mut n = 1;
    while n <= 30 {
        fizzbuzz(n);
        n += 1;
    }
}
