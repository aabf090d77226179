// Layered errors: converting between error types with map_err and ?.
#[derive(Debug)]
enum LowError {
    Timeout(u32),
    Refused,
}

#[derive(Debug)]
enum HighError {
    Network(LowError),
    Invalid(String),
}

fn connect(port: u32) -> Result<u32, LowError> {
    match port {
        80 | 443 => Ok(port * 10),
        0 => Err(LowError::Refused),
        p => Err(LowError::Timeout(p)),
    }
}

fn fetch(port: u32, path: &str) -> Result<String, HighError> {
    if path.is_empty() {
        return Err(HighError::Invalid(String::from("empty path")));
    }
    let handle = connect(port).map_err(HighError::Network)?;
    Ok(format!("{}:{}", handle, path))
}

fn fetch_all(ports: &[u32]) -> Result<Vec<String>, HighError> {
    let mut out = Vec::new();
    for p in ports {
        out.push(fetch(*p, "/")?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", fetch(80, "/index"));
    println!("{:?}", fetch(0, "/index"));
    println!("{:?}", fetch(8080, "/x"));
    println!("{:?}", fetch(443, ""));
    println!("{:?}", fetch_all(&[80, 443]));
    println!("{:?}", fetch_all(&[80, 22, 0]));
    let summary = match fetch(22, "/") {
        Ok(s) => s,
        Err(HighError::Network(LowError::Timeout(p))) => format!("timeout on {}", p),
        Err(e) => format!("{:?}", e),
    };
    println!("{}", summary);
}
