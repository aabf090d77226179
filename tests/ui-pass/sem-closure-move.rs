//@ compile-flags: --edition 2021
// move closures: Copy values stay usable outside, moved Strings and Vecs do not; closures
// built in a loop, each capturing its own copy.

fn main() {
    let n = 5;
    let add_n = move |x: i32| x + n;
    let still = n * 2;
    let tags = vec![String::from("a"), String::from("b")];
    let count_tags = move || tags.len();
    let mut makers = Vec::new();
    for i in 0..3 {
        let k = i * 10;
        makers.push(move |x: i32| x + k);
    }
    let mut results = Vec::new();
    for f in &makers {
        results.push(f(1));
    }
    assert_eq!(results, vec![1, 11, 21]);
    let mut counter = 0;
    let mut bump = move || {
        counter += 1;
        counter
    };
    bump();
    let inside = bump();
    assert_eq!((inside, counter), (2, 0));
    println!("{} {} {} {:?} {} {}", add_n(1), still, count_tags(), results, inside, counter);
}
