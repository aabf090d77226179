// Options holding references and references to Options: as_ref, as_mut, copied, cloned.
#[derive(Debug, Clone)]
struct User {
    name: String,
    email: Option<String>,
}

fn email_len(u: &User) -> usize {
    u.email.as_ref().map(|e| e.len()).unwrap_or(0)
}

fn first_even(v: &Vec<i32>) -> Option<&i32> {
    for x in v {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn main() {
    let mut u = User { name: String::from("ann"), email: None };
    println!("{}", email_len(&u));
    u.email = Some(String::from("ann@example.com"));
    println!("{}", email_len(&u));
    if let Some(e) = u.email.as_mut() {
        e.push_str(".org");
    }
    println!("{:?}", u);
    let v = vec![3, 5, 8, 10];
    let r = first_even(&v);
    println!("{:?} {:?}", r, r.copied());
    let w = vec![1, 3];
    println!("{:?}", first_even(&w).cloned());
    let names: Vec<Option<&str>> = vec![Some("x"), None];
    for n in &names {
        match n {
            Some(s) => println!("name {}", s),
            None => println!("anonymous"),
        }
    }
    let o = Some(String::from("keep"));
    let len = match &o {
        Some(s) => s.len(),
        None => 0,
    };
    println!("{} {:?} {}", len, o, u.name);
}
