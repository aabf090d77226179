// Async closures and async blocks are created (and dropped) but never run:
// their bodies must not execute, and the program prints around them.
async fn compute(x: u32) -> u32 {
    println!("compute body must not run");
    x * 2
}

fn main() {
    println!("before");
    let counter = 7;
    let fut = async {
        println!("async block body must not run");
        counter + 1
    };
    let closure = async || {
        println!("async closure body must not run");
    };
    let with_arg = async move |x: u32| x + counter;
    let call_fut = compute(21);
    let closure_fut = closure();
    let arg_fut = with_arg(1);
    drop(fut);
    drop(call_fut);
    drop(closure_fut);
    drop(arg_fut);
    println!("counter still {}", counter);
    let later = async move {
        let c = async || 1;
        c().await + compute(2).await
    };
    drop(later);
    println!("after");
}
