// Nested loops printing a multiplication table and a triangle.
fn main() {
    for i in 1..=4 {
        for j in 1..=4 {
            print!("{:4}", i * j);
        }
        println!();
    }
    let mut row = 1;
    while row <= 4 {
        let mut col = 0;
        while col < row {
            print!("*");
            col += 1;
        }
        println!();
        row += 1;
    }
    let mut pairs = 0;
    for a in 0..10 {
        for b in a..10 {
            if (a + b) % 4 == 0 {
                pairs += 1;
            }
        }
    }
    println!("pairs = {}", pairs);
}
