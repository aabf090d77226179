//@ compile-flags: --edition 2021
// An async "pipeline": async fns calling each other, async blocks and closures composed,
// futures stored in a Vec and awaited in order inside an async fn.

#[derive(Debug, Clone)]
struct Record {
    id: u32,
    payload: String,
}

async fn load(id: u32) -> Result<Record, String> {
    if id == 0 {
        return Err("id 0 is reserved".to_string());
    }
    Ok(Record { id, payload: format!("data-{}", id) })
}

async fn transform(r: Record) -> Record {
    Record { payload: r.payload.to_uppercase(), ..r }
}

async fn store(r: &Record) -> usize {
    r.payload.len()
}

async fn stage(id: u32) -> Result<usize, String> {
    let inner = async move {
        let r = load(id).await?;
        let t = transform(r).await;
        Ok(store(&t).await)
    };
    inner.await
}

async fn run_all(ids: Vec<u32>) -> (usize, Vec<String>) {
    let mut total = 0;
    let mut errors = Vec::new();
    let mut pending = Vec::new();
    for id in ids {
        pending.push(stage(id));
    }
    for fut in pending {
        match fut.await {
            Ok(n) => total += n,
            Err(e) => errors.push(e),
        }
    }
    let summarize = async |n: usize| format!("{} bytes", n);
    errors.push(summarize(total).await);
    (total, errors)
}

fn main() {
    let work = run_all(vec![1, 0, 2]);
    let wrapped = async move {
        let (total, errors) = work.await;
        println!("{} {:?}", total, errors);
    };
    drop(wrapped);
    println!("pipeline built");
}
