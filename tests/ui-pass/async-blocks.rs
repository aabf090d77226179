//@ compile-flags: --edition 2021
// async blocks and async move blocks: as values, as tail expressions, awaited inside async code.

async fn value(n: u32) -> u32 {
    n
}

async fn make_future(n: u32) -> u32 {
    async move { value(n).await * 2 }.await
}

async fn borrowed(s: &str) -> usize {
    let fut = async move { s.len() };
    fut.await
}

async fn run() -> u32 {
    let a = async { 1 };
    let name = String::from("n");
    let b = async move { name.len() as u32 };
    let c = async {
        let x = value(3).await;
        let y = make_future(4).await;
        x + y
    };
    let nested = async {
        async { 5 }.await + async move { 6 }.await
    };
    let unit_block = async {};
    unit_block.await;
    a.await + b.await + c.await + nested.await + borrowed("abc").await as u32
}

fn main() {
    let fut = run();
    let block = async {
        let r = fut.await;
        println!("{}", r);
    };
    drop(block);
    let f2 = make_future(1);
    drop(f2);
}
