//@ compile-flags: --edition 2021
// async closures: `async || {}`, `async move |x| {}`, typed parameters and return types,
// called and awaited inside an async fn, capturing a local.

async fn double(x: u32) -> u32 {
    x * 2
}

async fn run(offset: u32) -> u32 {
    let add = async move |x: u32| double(x).await + offset;
    let typed = async |a: u32, b: u32| -> u32 { a * b };
    let label = String::from("lbl");
    let len = async || label.len() as u32;
    let unit = async || {};
    unit().await;
    add(1).await + typed(2, 3).await + len().await
}

fn main() {
    let f = run(10);
    drop(f);
    let make = async move |s: String| s.len();
    let g = make(String::from("x"));
    drop(g);
    println!("ok");
}
