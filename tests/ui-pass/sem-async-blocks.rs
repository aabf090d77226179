//@ compile-flags: --edition 2021
// async blocks and `async move` blocks: awaited inside async fns, stored in locals and in a
// Vec, capturing by reference and by move, with `?` inside a block returning Result.

async fn value(n: i32) -> i32 {
    n
}

async fn combine(name: String) -> Result<usize, String> {
    let a = async { value(1).await + 1 };
    let b = async move { name.len() };
    let checked = async {
        let v = value(-1).await;
        if v < 0 {
            return Err(String::from("negative"));
        }
        Ok(v)
    };
    let mut pending = Vec::new();
    pending.push(async { 3 });
    let mut total = a.await as usize + b.await;
    for p in pending {
        total += p.await;
    }
    let c = checked.await.unwrap_or(0);
    Ok(total + c as usize)
}

fn main() {
    let fut = combine(String::from("abc"));
    let outer = async move {
        let r = fut.await;
        println!("{:?}", r);
    };
    drop(outer);
    println!("built");
}
