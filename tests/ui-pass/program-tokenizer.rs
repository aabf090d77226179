//@ compile-flags: --edition 2021
// A tokenizer and recursive-descent evaluator for arithmetic expressions (input as chars).

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn is_digit(c: char) -> bool {
    c >= '0' && c <= '9'
}

fn tokenize(chars: &[char]) -> Result<Vec<Tok>, String> {
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' => {
                i += 1;
            }
            '0'..='9' | '.' => {
                let start = i;
                let mut n = 0.0;
                let mut scale = 0.0;
                while i < chars.len() && (is_digit(chars[i]) || chars[i] == '.') {
                    if chars[i] == '.' {
                        if scale != 0.0 {
                            return Err(format!("bad number at {}", start));
                        }
                        scale = 1.0;
                    } else {
                        let d = (chars[i] as u32 - '0' as u32) as f64;
                        if scale == 0.0 {
                            n = n * 10.0 + d;
                        } else {
                            scale /= 10.0;
                            n += d * scale;
                        }
                    }
                    i += 1;
                }
                out.push(Tok::Num(n));
            }
            '+' => { out.push(Tok::Plus); i += 1; }
            '-' => { out.push(Tok::Minus); i += 1; }
            '*' => { out.push(Tok::Star); i += 1; }
            '/' => { out.push(Tok::Slash); i += 1; }
            '(' => { out.push(Tok::LParen); i += 1; }
            ')' => { out.push(Tok::RParen); i += 1; }
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        }
    }
    Ok(out)
}

struct Parser<'t> {
    toks: &'t Vec<Tok>,
    pos: usize,
}

impl<'t> Parser<'t> {
    fn peek(&self) -> Option<&'t Tok> {
        self.toks.get(self.pos)
    }

    fn bump(&mut self) -> Option<&'t Tok> {
        let t = self.toks.get(self.pos);
        self.pos += 1;
        t
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> Result<f64, String> {
        let mut v = self.term()?;
        while let Some(t) = self.peek() {
            match t {
                Tok::Plus => { self.bump(); v += self.term()?; }
                Tok::Minus => { self.bump(); v -= self.term()?; }
                _ => break,
            }
        }
        Ok(v)
    }

    // term := factor (('*' | '/') factor)*
    fn term(&mut self) -> Result<f64, String> {
        let mut v = self.factor()?;
        loop {
            match self.peek() {
                Some(Tok::Star) => { self.bump(); v *= self.factor()?; }
                Some(Tok::Slash) => {
                    self.bump();
                    let d = self.factor()?;
                    if d == 0.0 {
                        return Err("division by zero".to_string());
                    }
                    v /= d;
                }
                _ => break Ok(v),
            }
        }
    }

    // factor := num | '-' factor | '(' expr ')'
    fn factor(&mut self) -> Result<f64, String> {
        match self.bump() {
            Some(Tok::Num(n)) => Ok(*n),
            Some(Tok::Minus) => Ok(-self.factor()?),
            Some(Tok::LParen) => {
                let v = self.expr()?;
                match self.bump() {
                    Some(Tok::RParen) => Ok(v),
                    t => Err(format!("expected ')', got {:?}", t)),
                }
            }
            t => Err(format!("unexpected token {:?}", t)),
        }
    }
}

fn eval(src: &[char]) -> Result<f64, String> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks: &toks, pos: 0 };
    let v = p.expr()?;
    if p.pos != toks.len() {
        return Err(format!("trailing input at token {}", p.pos));
    }
    Ok(v)
}

fn main() {
    let sources: Vec<Vec<char>> = vec![
        vec!['1', ' ', '+', ' ', '2', ' ', '*', ' ', '3'],
        vec!['(', '1', '+', '2', ')', '*', '3'],
        vec!['-', '4', '/', '(', '2', '-', '2', ')'],
        vec!['2', '*', '(', '3', '+', '4'],
        vec!['7', ' ', '$', ' ', '1'],
        vec!['1', '0', '/', '4', '-', '.', '5'],
        vec!['1', '.', '2', '.', '3'],
    ];
    for src in &sources {
        let mut text = String::new();
        for c in src {
            text.push(*c);
        }
        match eval(src) {
            Ok(v) => println!("{} = {}", text, v),
            Err(e) => println!("{} -> error: {}", text, e),
        }
    }
}
