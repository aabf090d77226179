// fn main returning Result: Ok(()) exits with status 0.
#[derive(Debug)]
struct AppError {
    code: u32,
}

fn step(i: u32) -> Result<u32, AppError> {
    if i > 100 {
        Err(AppError { code: i })
    } else {
        Ok(i * 2)
    }
}

fn main() -> Result<(), AppError> {
    let a = step(5)?;
    println!("a = {}", a);
    let b = step(a + 1)?;
    println!("b = {}", b);
    let c = step(b * 3);
    println!("c = {:?}", c);
    println!("done");
    Ok(())
}
