fn main() {
    let x = 1
    let y = 2;
}

fn other() {
    let z = (1 + );
}

fn fine() -> i32 {
    3
}
