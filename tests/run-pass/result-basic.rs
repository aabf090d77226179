// Result: Ok/Err, map, map_err, and_then, unwrap_or, is_ok, ok(), err().
#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i32),
}

fn div(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 { Err(MathError::DivByZero) } else { Ok(a / b) }
}

fn root(x: i32) -> Result<f64, MathError> {
    if x < 0 { Err(MathError::Negative(x)) } else { Ok((x as f64).sqrt()) }
}

fn main() {
    println!("{:?}", div(10, 2));
    println!("{:?}", div(1, 0));
    println!("{:?}", div(10, 2).map(|x| x * 100));
    println!("{:?}", div(1, 0).map_err(|e| format!("failed: {:?}", e)));
    println!("{:?}", div(50, 2).and_then(root));
    println!("{:?}", div(-50, 2).and_then(root));
    println!("{}", div(1, 0).unwrap_or(-1));
    println!("{}", div(1, 0).unwrap_or_else(|_| -2));
    println!("{} {}", div(4, 2).is_ok(), div(4, 0).is_err());
    println!("{:?} {:?}", div(4, 2).ok(), div(4, 0).ok());
    println!("{:?}", div(4, 0).err());
    let r: Result<u8, String> = Ok(3);
    println!("{}", r.clone().unwrap() + r.expect("ok"));
    match root(-9) {
        Ok(v) => println!("root {}", v),
        Err(MathError::Negative(n)) => println!("negative input {}", n),
        Err(e) => println!("other {:?}", e),
    }
    let s: Result<i32, i32> = Err(5);
    println!("{}", s.unwrap_or_default());
    println!("{:?}", s.or_else(|e| if e > 3 { Ok::<i32, i32>(e * 2) } else { Err(e) }));
}
