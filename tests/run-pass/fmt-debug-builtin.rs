// {:?} of tuples, arrays, Option, Result, strings, chars, unit, nested.
fn main() {
    println!("{:?}", (1, "two", '3', 4.0, true));
    println!("{:?}", ());
    println!("{:?}", (5,));
    println!("{:?}", [1, 2, 3]);
    println!("{:?}", [[1, 2], [3, 4]]);
    let e: [i32; 0] = [];
    println!("{:?}", e);
    println!("{:?}", Some(5));
    let n: Option<i32> = None;
    println!("{:?}", n);
    let ok: Result<i32, String> = Ok(3);
    let err: Result<i32, String> = Err(String::from("bad"));
    println!("{:?} {:?}", ok, err);
    println!("{:?}", Some(Some((1, 'a'))));
    println!("{:?}", "tab\there \"q\" \\ \n");
    println!("{:?}", '\t');
    println!("{:?}", vec![Some(1), None]);
    println!("{:?}", String::from("owned"));
    println!("{:?}", &&7);
    println!("{:?}", (Ok::<u8, ()>(1), Err::<(), u8>(2)));
    println!("{:?}", vec![vec![1u8], vec![]]);
    let b = Box::new(9);
    println!("{:?}", b);
    println!("{:>10?}|", Some(1));
    println!("{:?}", "é\u{7f}");
}
