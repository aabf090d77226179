// Exhaustive matches over enums and bools without a wildcard; match as an expression.
#[derive(Clone, Copy, Debug)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Clone, Copy, Debug)]
enum Card {
    Number(u8, Suit),
    Face(char, Suit),
    Joker,
}

fn value(c: Card) -> u32 {
    match c {
        Card::Number(n, _) => n as u32,
        Card::Face('K', _) | Card::Face('Q', _) | Card::Face('J', _) => 10,
        Card::Face(_, _) => 11,
        Card::Joker => 0,
    }
}

fn color(s: Suit) -> &'static str {
    match s {
        Suit::Clubs | Suit::Spades => "black",
        Suit::Diamonds | Suit::Hearts => "red",
    }
}

fn main() {
    let hand = [
        Card::Number(7, Suit::Hearts),
        Card::Face('K', Suit::Spades),
        Card::Face('A', Suit::Clubs),
        Card::Joker,
        Card::Number(2, Suit::Diamonds),
    ];
    let mut total = 0;
    for c in hand {
        let suit_color = match c {
            Card::Number(_, s) | Card::Face(_, s) => color(s),
            Card::Joker => "none",
        };
        println!("{:?} {} {}", c, value(c), suit_color);
        total += value(c);
    }
    println!("total {}", total);
    let pair = (true, false);
    let n = match pair {
        (true, true) => 3,
        (true, false) => 2,
        (false, true) => 1,
        (false, false) => 0,
    };
    println!("{}", n);
}
