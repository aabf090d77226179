// Implementing Display for an enum and using it in format strings with padding.
use std::fmt;

#[derive(Clone, Copy)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    LParen,
    RParen,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Num(n) => write!(f, "{}", n),
            Token::Plus => write!(f, "+"),
            Token::Minus => write!(f, "-"),
            Token::Star => write!(f, "*"),
            Token::LParen => write!(f, "("),
            Token::RParen => write!(f, ")"),
        }
    }
}

fn main() {
    let toks = [
        Token::LParen,
        Token::Num(12),
        Token::Plus,
        Token::Num(-3),
        Token::RParen,
        Token::Star,
        Token::Num(4),
        Token::Minus,
        Token::Num(1),
    ];
    let mut s = String::new();
    for t in toks {
        s.push_str(&t.to_string());
        s.push(' ');
    }
    println!("{}", s);
    println!("[{}] [{}]", Token::Plus, Token::Num(5));
    println!("{}", format!("{}{}{}", Token::Num(1), Token::Star, Token::Num(2)));
}
