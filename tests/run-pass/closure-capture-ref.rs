// Capture by shared reference: the captured values remain usable afterwards.
fn main() {
    let name = String::from("world");
    let list = vec![1, 2, 3];
    let count = 10;
    let show = || println!("hello {} {:?} {}", name, list, count);
    show();
    show();
    println!("still usable: {} {:?}", name, list);
    let len_of = || name.len() + list.len();
    println!("{}", len_of());
    let r = &list;
    let sum_ref = || {
        let mut s = 0;
        for x in r {
            s += x;
        }
        s
    };
    println!("{}", sum_ref());
    let contains = |x: i32| {
        let mut found = false;
        for v in &list {
            if *v == x {
                found = true;
            }
        }
        found
    };
    println!("{} {}", contains(2), contains(7));
    println!("{}", list.len());
}
