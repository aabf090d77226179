//@ compile-flags: --edition 2021
//@ rustc-agrees
async fn fetch() -> u32 {
    1
}

fn not_async() -> u32 {
    fetch().await
}

async fn outer() -> u32 {
    let in_block = async { fetch().await };
    let in_closure = || fetch().await;
    fn nested() -> u32 {
        fetch().await
    }
    in_block.await
}

fn main() {}
