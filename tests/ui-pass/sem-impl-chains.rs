//@ compile-flags: --edition 2021
// Builder-style methods: `self -> Self` chains on temporaries, `&mut self -> &mut Self`
// chains on a local, and several impl blocks for one type.

#[derive(Debug)]
struct Request {
    path: String,
    headers: Vec<(String, String)>,
    retries: u8,
}

impl Request {
    fn new(path: &str) -> Self {
        Request { path: path.to_string(), headers: Vec::new(), retries: 0 }
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
}

impl Request {
    fn retry(&mut self) -> &mut Self {
        self.retries += 1;
        self
    }
    fn describe(&self) -> String {
        format!("{} ({} headers, {} retries)", self.path, self.headers.len(), self.retries)
    }
}

fn main() {
    let mut r = Request::new("/a").header("x", "1").header("y", "2");
    r.retry().retry().retry();
    assert_eq!(r.retries, 3);
    let text = Request::new("/b").header("z", "3").describe();
    println!("{} | {} | {:?}", r.describe(), text, r.headers[0]);
}
