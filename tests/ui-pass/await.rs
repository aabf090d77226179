//@ compile-flags: --edition 2021
// .await in async fns, methods, chains, with ?, in match and loops, on fields.

struct Client {
    id: u32,
}

impl Client {
    async fn get(&self, key: &str) -> Result<String, String> {
        if key.is_empty() {
            Err("empty key".to_string())
        } else {
            Ok(format!("{}:{}", self.id, key))
        }
    }

    async fn count(&self) -> usize {
        3
    }
}

async fn maybe(n: u32) -> Option<u32> {
    if n > 0 { Some(n) } else { None }
}

async fn pipeline(c: &Client) -> Result<usize, String> {
    let a = c.get("a").await?;
    let b = c.get("b").await?.len();
    let n = c.count().await;
    let mut total = 0;
    for i in 0..n {
        total += maybe(i as u32).await.unwrap_or(0) as usize;
    }
    let m = match maybe(2).await {
        Some(x) => x as usize,
        None => 0,
    };
    while let Some(x) = maybe(0).await {
        total += x as usize;
    }
    let awaited_in_call = std::cmp::max(c.count().await, m);
    Ok(a.len() + b + total + awaited_in_call)
}

async fn opt_chain() -> Option<u32> {
    let v = maybe(5).await? + maybe(6).await?;
    Some(v)
}

fn main() {
    let c = Client { id: 1 };
    let f = pipeline(&c);
    let g = opt_chain();
    drop(f);
    drop(g);
}
