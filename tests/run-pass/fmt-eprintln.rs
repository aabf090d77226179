// eprintln! goes to stderr and is not compared; stdout interleaving stays ordered.
fn main() {
    println!("start");
    eprintln!("warning: {} things", 3);
    for i in 0..3 {
        println!("out {}", i);
        eprintln!("err {}", i);
    }
    eprintln!("{:?}", Some("debug on stderr"));
    println!("end");
}
