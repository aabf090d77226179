//@ compile-flags: --edition 2021
// let-else: refutable patterns whose else block diverges with return, continue or panic!.

fn first_word_len(words: &Vec<&str>) -> usize {
    let Some(w) = words.first() else {
        return 0;
    };
    w.len()
}

fn sum_oks(v: Vec<Result<i32, String>>) -> i32 {
    let mut total = 0;
    for r in v {
        let Ok(n) = r else {
            continue;
        };
        total += n;
    }
    total
}

fn main() {
    assert_eq!(first_word_len(&vec!["hello", "x"]), 5);
    assert_eq!(first_word_len(&vec![]), 0);
    let total = sum_oks(vec![Ok(1), Err(String::from("no")), Ok(4)]);
    let (a, Some(b)) = (1, Some(2)) else { panic!("unreachable") };
    println!("{} {} {}", total, a, b);
}
