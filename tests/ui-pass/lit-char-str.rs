//@ compile-flags: --edition 2021
// bool, char and string literals: escapes, unicode, raw strings, byte literals, multi-line.

fn main() {
    let t = true;
    let f = false;
    let c = 'a';
    let newline = '\n';
    let tab = '\t';
    let quote = '\'';
    let backslash = '\\';
    let nul = '\0';
    let hex = '\x41';
    let uni = '\u{1F600}';
    let accented = 'é';
    let s = "hello";
    let esc = "line\nnext\ttab \"quoted\" \\ \0 \x7f \u{00e9}";
    let raw = r"C:\path\no\escapes";
    let raw_hash = r#"He said "hi""#;
    let raw_two = r##"a "# inside"##;
    let multi = "first line
second line";
    let cont = "joined \
                together";
    let byte = b'x';
    let byte_esc = b'\n';
    let bytes = b"bytes\x00";
    let raw_bytes = br"raw\bytes";
    let empty = "";
    let unicode_str = "日本語 ✓";
    println!("{} {} {} {:?} {:?} {:?} {:?} {:?}", t, f, c, newline, tab, quote, backslash, nul);
    println!("{} {} {} {} {} {} {}", hex, uni, accented, s, esc, raw, raw_hash);
    println!("{} {} {} {} {} {:?} {:?}", raw_two, multi, cont, byte, byte_esc, bytes, raw_bytes);
    println!("[{}] {}", empty, unicode_str);
}
