// move closures take ownership; copies remain usable, moved values do not.
fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    move |name| format!("{}, {}!", greeting, name)
}

fn main() {
    let data = vec![1, 2, 3];
    let owns = move || data.len();
    println!("{}", owns());
    println!("{}", owns());
    let n = 5;
    let add_n = move |x: i32| x + n;
    println!("{} {}", add_n(1), n);
    let hello = make_greeter(String::from("Hello"));
    let bye = make_greeter(String::from("Bye"));
    println!("{}", hello("Ann"));
    println!("{}", bye("Bob"));
    let mut count = 0;
    let mut incr = move || {
        count += 1;
        count
    };
    println!("{} {} {}", incr(), incr(), incr());
    println!("outer count {}", count);
    let s = String::from("consumed");
    let consume = move || s;
    let back = consume();
    println!("{}", back);
}
