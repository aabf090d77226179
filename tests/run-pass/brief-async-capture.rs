// async move blocks take ownership of what they capture, even when never run;
// plain async blocks and closures borrow. Nothing is awaited.
struct Job {
    name: String,
}

async fn make_future(job: Job) -> usize {
    job.name.len()
}

fn main() {
    let shared = String::from("shared");
    let borrowing = async { shared.len() };
    let borrowing_closure = async || shared.len() + 1;
    println!("still here: {}", shared);
    drop(borrowing);
    drop(borrowing_closure);
    let owned = String::from("owned");
    let moving = async move { owned.len() };
    drop(moving);
    let f = make_future(Job { name: String::from("job") });
    drop(f);
    let mut futures = Vec::new();
    for i in 0..3 {
        futures.push(async move { i * 10 });
    }
    println!("{} futures built", futures.len());
    let sync_closure = || {
        let inner = async || 5;
        let _never = inner();
        "made inside a closure"
    };
    println!("{}", sync_closure());
}
