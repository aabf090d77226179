// Iterator adapters whose closures capture by ref, by mut ref, and by move.
fn scaled(v: &Vec<i32>, k: i32) -> Vec<i32> {
    v.iter().map(move |x| x * k).collect()
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let threshold = 2;
    let above: Vec<&i32> = v.iter().filter(|x| **x > threshold).collect();
    println!("{:?}", above);
    let mut seen = 0;
    let tagged: Vec<(i32, i32)> = v
        .iter()
        .map(|x| {
            seen += 1;
            (seen, *x)
        })
        .collect();
    println!("{:?} seen={}", tagged, seen);
    println!("{:?}", scaled(&v, 10));
    let names = vec![String::from("x"), String::from("yy")];
    let prefix = String::from("id-");
    let ids: Vec<String> = names.iter().map(|n| format!("{}{}", prefix, n)).collect();
    println!("{:?} {}", ids, prefix);
    let lens: Vec<usize> = names.into_iter().map(|n| n.len()).collect();
    println!("{:?}", lens);
}
