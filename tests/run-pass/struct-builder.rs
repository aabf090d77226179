// A builder using methods that take and return self by value.
#[derive(Debug, Clone)]
struct Request {
    url: String,
    method: String,
    headers: Vec<(String, String)>,
    retries: u8,
}

struct RequestBuilder {
    req: Request,
}

impl RequestBuilder {
    fn new(url: &str) -> Self {
        RequestBuilder {
            req: Request { url: url.to_string(), method: String::from("GET"), headers: Vec::new(), retries: 0 },
        }
    }
    fn method(mut self, m: &str) -> Self {
        self.req.method = m.to_string();
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.req.headers.push((k.to_string(), v.to_string()));
        self
    }
    fn retries(mut self, n: u8) -> Self {
        self.req.retries = n;
        self
    }
    fn build(self) -> Request {
        self.req
    }
}

fn main() {
    let r = RequestBuilder::new("http://x").method("POST").header("a", "1").header("b", "2").retries(3).build();
    println!("{} {} {}", r.method, r.url, r.retries);
    for (k, v) in &r.headers {
        println!("{}: {}", k, v);
    }
    let plain = RequestBuilder::new("http://y").build();
    println!("{:?}", plain);
}
