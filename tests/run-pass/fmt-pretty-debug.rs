// {:#?} pretty printing of nested structures.
#[derive(Debug)]
struct Inner {
    a: i32,
    b: (u8, char),
}

#[derive(Debug)]
enum E {
    V(i32, Inner),
    S { flag: bool },
    U,
}

#[derive(Debug)]
struct Outer {
    name: String,
    inner: Inner,
    list: Vec<i32>,
    e: E,
}

fn main() {
    let o = Outer {
        name: String::from("o"),
        inner: Inner { a: 1, b: (2, 'x') },
        list: vec![1, 2],
        e: E::S { flag: true },
    };
    println!("{:#?}", o);
    println!("{:#?}", E::V(3, Inner { a: 4, b: (5, 'y') }));
    println!("{:#?}", E::U);
    println!("{:#?}", Some(1));
    let empty: Vec<i32> = Vec::new();
    println!("{:#?}", empty);
    println!("{:#?}", (1, "s"));
}
