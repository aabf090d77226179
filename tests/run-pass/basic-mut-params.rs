// Mutable parameters and arguments passed by value.
fn countdown(mut n: i32) {
    while n > 0 {
        print!("{} ", n);
        n -= 1;
    }
    println!("liftoff");
}

fn reverse_digits(mut n: u32) -> u32 {
    let mut r = 0;
    while n != 0 {
        r = r * 10 + n % 10;
        n /= 10;
    }
    r
}

fn main() {
    let n = 5;
    countdown(n);
    println!("n is still {}", n);
    println!("{}", reverse_digits(12345));
    println!("{}", reverse_digits(1200));
    let mut arr = [3, 1, 2];
    fill(&mut arr, 7);
    println!("{} {} {}", arr[0], arr[1], arr[2]);
}

fn fill(a: &mut [i32; 3], v: i32) {
    a[0] = v;
    a[1] = v + 1;
    a[2] = v + 2;
}
