// Width, fill and alignment for integers and strings.
fn main() {
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:>5}]", 42);
    println!("[{:5}]", "ab");
    println!("[{:>5}]", "ab");
    println!("[{:^6}]", "ab");
    println!("[{:^7}]", "ab");
    println!("[{:*<6}]", 1);
    println!("[{:->6}]", "x");
    println!("[{:_^9}]", "mid");
    println!("[{:2}]", 12345);
    println!("[{:3}]", "toolong");
    println!("[{:>8}]", -17);
    println!("[{:5}]", true);
    println!("[{:>4}]", 'c');
    println!("[{:<4}]", 'c');
    println!("[{:#>4}]", "é");
    let w = 7;
    println!("[{:w$}]", 3);
    println!("[{:>1$}]", 5, 4);
    println!("[{:>width$}]", "r", width = 3);
    println!("[{:.2}]", "truncate");
    println!("[{:>6.3}]", "truncate");
}
