// test_rt.rs — what rustc's std prints, for runtime/test.sh to compare test_rt.c with, and
// the Unicode property dump gen_unicode.py builds unicode_tables.h from. Each mode mirrors
// one of test_rt.c's. Built by rustc in the test run (`rustc --edition 2021 -O test_rt.rs`).
//
//   props          per code point: escape and case flags and mappings (for gen_unicode.py)
//   unicode        per code point: Debug of the char and of a str, case mappings, properties
//   float FILE     FILE's cases formatted (see test_rt.c's float_cases for the format)
//   panic N        panic number N (the panic expressions below are at fixed lines: test_rt.c
//                  names their FILE:LINE:COL)
//   partial        a partial stdout line, then a panic
//   interleave     writes to stdout and stderr (LineWriter's flushes show when merged)
//   yes            println!("y") forever (for EPIPE)
//   eyes           eprintln!("y") forever
//   oom            an allocation that cannot succeed
use std::hint::black_box;
use std::io::Write;

fn hexs(it: impl Iterator<Item = char>, c: char) -> String {
    let v: Vec<char> = it.collect();
    if v.len() == 1 && v[0] == c {
        return "-".to_string();
    }
    v.iter().map(|x| format!("{:x}", *x as u32)).collect::<Vec<_>>().join(",")
}

fn sigma_final(s: &str, idx: usize) -> bool {
    s.to_lowercase().chars().nth(idx) == Some('ς')
}

fn props(out: &mut impl Write) {
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else { continue };
        let mut f = String::new();
        if format!("{:?}", c).starts_with("'\\u{") {
            f.push('e');
        }
        if format!("{:?}", c.to_string()).starts_with("\"\\u{") {
            f.push('s');
        }
        if format!("{:?}", format!("a{}", c)).starts_with("\"a\\u{") {
            f.push('m');
        }
        for (b, ch) in [
            (c.is_alphabetic(), 'A'),
            (c.is_numeric(), 'N'),
            (c.is_lowercase(), 'L'),
            (c.is_uppercase(), 'U'),
        ] {
            if b {
                f.push(ch);
            }
        }
        // Final_Sigma: "AcΣ" ends in ς iff c is Case_Ignorable or Cased; "AΣc" has ς iff c is
        // Case_Ignorable or not Cased (Cased matters only for chars not Case_Ignorable)
        let t1 = sigma_final(&format!("A{}Σ", c), format!("A{}Σ", c).to_lowercase().chars().count() - 1);
        let t2 = sigma_final(&format!("AΣ{}", c), 1);
        if t1 && t2 {
            f.push('I');
        } else if t1 {
            f.push('C');
        }
        if f.is_empty() {
            f.push('.');
        }
        writeln!(out, "{:x} {} {} {}", cp, f, hexs(c.to_uppercase(), c), hexs(c.to_lowercase(), c))
            .unwrap();
    }
}

fn unicode(out: &mut impl Write) {
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else { continue };
        let s1 = format!("A{}Σ", c).to_lowercase();
        let s2 = format!("AΣ{}", c).to_lowercase();
        let s3 = format!("{}Σ", c).to_lowercase();
        let sig = |s: &str, last: bool| {
            let ch = if last { s.chars().last() } else { s.chars().nth(1) };
            if ch == Some('ς') { 'f' } else { 's' }
        };
        writeln!(
            out,
            "{:x}\t{:?}\t{:?}\t{}\t{}\t{}{}{}{}\t{}{}{}\t{:?}",
            cp,
            c,
            c.to_string(),
            hexs(c.to_uppercase(), c),
            hexs(c.to_lowercase(), c),
            c.is_alphabetic() as u8,
            c.is_numeric() as u8,
            c.is_lowercase() as u8,
            c.is_uppercase() as u8,
            sig(&s1, true),
            sig(&s2, false),
            sig(&s3, true),
            format!("{}{}", c, c).to_uppercase(),
        )
        .unwrap();
    }
}

fn float(out: &mut impl Write, file: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    for line in text.lines() {
        let mut it = line.split(' ');
        let ty = it.next().unwrap();
        let bits = u64::from_str_radix(it.next().unwrap(), 16).unwrap();
        for tok in it {
            let s = if ty == "d" {
                let v = f64::from_bits(bits);
                match tok {
                    "d" => format!("{}", v),
                    "g" => format!("{:?}", v),
                    t if t.ends_with('?') => format!("{:.*?}", t[..t.len() - 1].parse::<usize>().unwrap(), v),
                    t => format!("{:.*}", t.parse::<usize>().unwrap(), v),
                }
            } else {
                let v = f32::from_bits(bits as u32);
                match tok {
                    "d" => format!("{}", v),
                    "g" => format!("{:?}", v),
                    t if t.ends_with('?') => format!("{:.*?}", t[..t.len() - 1].parse::<usize>().unwrap(), v),
                    t => format!("{:.*}", t.parse::<usize>().unwrap(), v),
                }
            };
            writeln!(out, "{}", s).unwrap();
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args[1].as_str() {
        "props" => props(&mut out),
        "unicode" => unicode(&mut out),
        "float" => float(&mut out, &args[2]),
        "panic" => {
            drop(out);
            panics(args[2].parse().unwrap())
        }
        "partial" => {
            drop(out);
            print!("partial");
            println!(" line");
            print!("abc");
            panic!("boom\nsecond line");
        }
        "interleave" => {
            drop(out);
            interleave();
        }
        "yes" => {
            drop(out);
            loop {
                println!("y");
            }
        }
        "eyes" => {
            drop(out);
            loop {
                eprintln!("y");
            }
        }
        "oom" => {
            drop(out);
            let v: Vec<u8> = Vec::with_capacity(black_box(1usize << 62));
            black_box(v);
        }
        _ => panic!("unknown mode"),
    }
}

// stdout and stderr writes whose order, merged, shows when LineWriter writes
fn interleave() {
    let o = |b: &[u8]| std::io::stdout().write_all(b).unwrap();
    let e = |b: &[u8]| std::io::stderr().write_all(b).unwrap();
    o(b"a"); e(b"1\n");
    o(b"b\nc"); e(b"2\n");
    o(&[b'x'; 3000]); e(b"3\n");
    o(b"d\n"); e(b"4\n");
    o(b"e"); o(b"f\n"); e(b"5\n");
    o(b"g\n"); o(b"h"); e(b"6\n");
    o(&[b'y'; 1000]); e(b"7\n");
    o(&[b'z'; 100]); e(b"8\n");
    o(b"1\n2\n3"); o(&[b'w'; 1023]); e(b"9\n");
    o(b"\n"); e(b"10\n");
    o(b"end"); e(b"11\n");
}

// The panics; test_rt.c's panic_cases lists these lines and columns: keep them in place.
#[rustfmt::skip]
fn panics(n: u32) {
    let (a, b, z, m1) = (black_box(i32::MAX), black_box(i32::MIN), black_box(0i32), black_box(-1i32));
    let v = black_box(vec![1u8, 2, 3]);
    let arr = black_box([1u8, 2, 3]);
    match n {
        1 => panic!("explicit"),
        2 => { black_box(a + 1); }
        3 => { black_box(b - 1); }
        4 => { black_box(a * 2); }
        5 => { black_box(-b); }
        6 => { black_box(1i32 << black_box(32u32)); }
        7 => { black_box(1i32 >> black_box(40u32)); }
        8 => { black_box(a / z); }
        9 => { black_box(a % z); }
        10 => { black_box(b / m1); }
        11 => { black_box(b % m1); }
        12 => { black_box(v[black_box(5usize)]); }
        13 => { black_box(v[black_box(usize::MAX)]); }
        14 => panic!(""),
        15 => panic!("multi\nline\n"),
        16 => panic!("ünïcödé ✓"),
        17 => { black_box(arr[black_box(7usize)]); }
        _ => {}
    }
}
