// Trial-division primes and a sieve on an array.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut count = 0;
    for n in 0..50 {
        if is_prime(n) {
            print!("{} ", n);
            count += 1;
        }
    }
    println!();
    println!("{} primes below 50", count);
    let mut sieve = [true; 100];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i < 100 {
        if sieve[i] {
            let mut j = i * i;
            while j < 100 {
                sieve[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut total = 0;
    for k in 0..100 {
        if sieve[k] {
            total += k;
        }
    }
    println!("sum of primes below 100 = {}", total);
}
