//@ compile-flags: --edition 2021
// async closures: async || {}, async move |x| {}, typed params, called and awaited.

async fn double(x: u32) -> u32 {
    x * 2
}

async fn drive() -> u32 {
    let empty = async || {};
    empty().await;
    let one = async || 1u32;
    let base = 10;
    let add = async move |x: u32| {
        let d = double(x).await;
        d + base
    };
    let typed = async |a: u32, b: u32| -> u32 { a + b };
    let name = String::from("abc");
    let borrow_name = async || name.len() as u32;
    let total = one().await + add(2).await + typed(3, 4).await + borrow_name().await;
    let nested = async move |x: u32| {
        let inner = async move |y: u32| x + y;
        inner(1).await
    };
    total + nested(5).await
}

fn main() {
    let f = drive();
    drop(f);
    let make = async move |s: String| s.len();
    let fut = make(String::from("x"));
    drop(fut);
}
