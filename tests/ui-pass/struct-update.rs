//@ compile-flags: --edition 2021
// Struct literals with ..base: from variables, calls, a user Default impl, and with nested literals.

#[derive(Debug, Clone)]
struct Style {
    bold: bool,
    italic: bool,
    size: u32,
    color: String,
}

impl Default for Style {
    fn default() -> Style {
        Style { bold: false, italic: false, size: 0, color: String::new() }
    }
}

#[derive(Debug, Clone, Copy)]
struct Margins {
    top: u8,
    right: u8,
    bottom: u8,
    left: u8,
}

const NONE: Margins = Margins { top: 0, right: 0, bottom: 0, left: 0 };

fn base() -> Style {
    Style { bold: false, italic: false, size: 12, color: "black".to_string() }
}

fn main() {
    let heading = Style { bold: true, size: 20, ..base() };
    let emph = Style { italic: true, ..heading.clone() };
    let default = Style { size: 9, ..Default::default() };
    let m = Margins { top: 5, ..NONE };
    let m2 = Margins { left: 1, right: 1, ..m };
    let inline = Style {
        color: String::from("red"),
        ..Style { bold: true, ..base() }
    };
    println!("{:?}\n{:?}\n{:?}\n{:?} {:?}\n{:?}", heading, emph, default, m, m2, inline);
}
