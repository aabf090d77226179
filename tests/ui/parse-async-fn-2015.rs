//@ compile-flags: --edition 2015
//@ rustc-agrees
async fn fetch() -> u32 {
    1
}

fn main() {
    let f = fetch();
}
