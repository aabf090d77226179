// Iterating a Vec with for over &v, &mut v, v.iter() and by value.
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let mut sum = 0;
    for x in &v {
        sum += x;
    }
    println!("sum {}", sum);
    let mut prod = 1;
    for x in v.iter() {
        prod *= *x;
    }
    println!("prod {}", prod);
    let mut w = v.clone();
    for x in &mut w {
        *x *= 10;
    }
    println!("{:?}", w);
    let names = vec![String::from("ann"), String::from("bob")];
    for n in &names {
        print!("{} ", n);
    }
    println!();
    for n in names {
        let upper = n.to_uppercase();
        print!("{} ", upper);
    }
    println!();
    let mut i = 0;
    while i < v.len() {
        print!("{}:{} ", i, v[i]);
        i += 1;
    }
    println!();
    let mut it = v.iter();
    println!("{:?} {:?}", it.next(), it.next());
    let mut max = v[0];
    for &x in &v {
        if x > max {
            max = x;
        }
    }
    println!("max {}", max);
}
