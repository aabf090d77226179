//@ compile-flags: --edition 2021
// References &T / &mut T with and without lifetimes, 'static, structs holding references.

struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        if self.pos < self.input.len() { self.input } else { "" }
    }

    fn advance(&mut self, n: usize) -> &mut Self {
        self.pos += n;
        self
    }
}

struct Pair<'a, 'b> {
    first: &'a str,
    second: &'b mut Vec<i32>,
}

fn longest<'a: 'b, 'b>(x: &'a str, y: &'b str) -> &'b str {
    if x.len() > y.len() { x } else { y }
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn get_static() -> &'static str {
    "static"
}

fn ref_to_ref<'a>(r: &'a &'a i32) -> &'a i32 {
    *r
}

fn main() {
    let mut p = Parser::new("hello world");
    p.advance(6);
    let mut n = 1;
    bump(&mut n);
    let mut v = vec![1];
    let pair = Pair { first: "f", second: &mut v };
    pair.second.push(2);
    let x = 5;
    let rx = &x;
    let rrx: &&i32 = &rx;
    let s: &'static str = get_static();
    let m: &mut i32 = &mut n;
    *m += 10;
    println!("{} {} {} {} {} {}", p.rest(), longest("ab", "c"), n, ref_to_ref(rrx), s, pair.first);
    println!("{:?}", v);
}
