// Default binding modes: matching on references binds by reference.
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn bump_all(players: &mut Vec<Player>) {
    for p in players {
        p.score += 1;
    }
}

fn main() {
    let mut players = vec![
        Player { name: String::from("ann"), score: 3 },
        Player { name: String::from("bob"), score: 7 },
    ];
    bump_all(&mut players);
    for Player { name, score } in &players {
        println!("{} {}", name, score);
    }
    let first = &players[0];
    let Player { name, .. } = first;
    println!("{}", name.len());
    let mut opt = Some(10);
    if let Some(v) = &mut opt {
        *v += 5;
    }
    println!("{:?}", opt);
    let pair = (String::from("a"), 1);
    let (ref s, n) = pair;
    println!("{} {} {}", s, n, pair.0);
    match &players[1] {
        Player { score: 8, name } => println!("bob has eight: {}", name),
        _ => println!("no"),
    }
}
