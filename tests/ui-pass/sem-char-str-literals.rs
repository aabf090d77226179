//@ compile-flags: --edition 2021
// char and &str literal types: escapes, unicode, raw strings, char comparison and casts,
// &'static str in consts, string literals compared with ==.

const SEP: &str = "::";

fn is_vowel(c: char) -> bool {
    c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

fn main() {
    let tab = '\t';
    let quote = '\'';
    let heart = '\u{2764}';
    let raw = r"C:\no\escapes";
    let hashes = r#"say "hi""#;
    let s: &'static str = "line\nnext";
    assert_eq!(raw.len(), 13);
    assert!(is_vowel('e') && !is_vowel('z'));
    assert!(tab < 'A' && ('a' as u8) < 98);
    let upper = ('q' as u8 - 32) as char;
    assert_eq!(upper, 'Q');
    assert!(hashes == "say \"hi\"" && SEP.len() == 2);
    println!("{:?} {:?} {} {} {} {}", tab, quote, heart, raw, s, upper);
}
