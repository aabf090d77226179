fn main() { let s = "café \u{1F600} \x41 \n"; let c = '\u{10FFFF}'; let r = r#"a"b"#; let b = b"\xff"; /* /* nested */ */ }
