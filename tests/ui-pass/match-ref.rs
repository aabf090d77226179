//@ compile-flags: --edition 2021
// Reference patterns: &x, &mut x, &(a, b), && in patterns, default binding modes.

fn sum(v: &Vec<i32>) -> i32 {
    let mut total = 0;
    for &x in v {
        total += x;
    }
    total
}

fn first_pos(pairs: &Vec<(i32, char)>) -> Option<char> {
    for &(n, c) in pairs {
        if n > 0 {
            return Some(c);
        }
    }
    None
}

fn main() {
    let v = vec![1, 2, 3];
    let r = &5;
    match r {
        &0 => println!("zero"),
        &n => println!("{}", n),
    }
    let rr = &&7;
    let &&inner = rr;
    match rr {
        &&7 => println!("seven"),
        _ => {}
    }
    let mut m = 3;
    match &mut m {
        &mut ref mut x => *x += 1,
    }
    let opt = &Some(4);
    match opt {
        &Some(ref x) => println!("{}", x),
        &None => {}
    }
    match opt {
        Some(x) => println!("binding mode {}", x),
        None => {}
    }
    let is_even = |&&x: &&i32| x % 2 == 0;
    let times_ten = |&x: &i32| x * 10;
    let mut evens: Vec<&i32> = Vec::new();
    let mut mapped: Vec<i32> = Vec::new();
    for x in v.iter() {
        if is_even(&x) {
            evens.push(x);
        }
        mapped.push(times_ten(x));
    }
    println!("{} {:?} {} {} {:?} {:?}", sum(&v), first_pos(&vec![(-1, 'a'), (2, 'b')]), inner, m, evens, mapped);
}
