// fn main returning Err: prints "Error: {:?}" to stderr and exits with 1.
#[derive(Debug)]
enum AppError {
    NotFound(String),
}

fn find(name: &str) -> Result<usize, AppError> {
    if name.len() > 3 {
        Err(AppError::NotFound(String::from(name)))
    } else {
        Ok(name.len())
    }
}

fn main() -> Result<(), AppError> {
    let a = find("abc")?;
    println!("found {}", a);
    let b = find("abcdef")?;
    println!("never printed {}", b);
    Ok(())
}
