//@ compile-flags: --edition 2021
// format! with width, fill, alignment, precision, sign, zero padding, alternate Debug, and arguments for them.

fn main() {
    let pi = 3.14159265;
    let n = 42;
    let s = "txt";
    let a = format!("{:5}|{:<5}|{:>5}|{:^5}|", n, n, n, n);
    let b = format!("{:*^9}|{:->6}|{:_<4}", s, n, 'c');
    let c = format!("{:.2} {:.0} {:8.3} {:<8.1}|", pi, pi, pi, pi);
    let d = format!("{:+} {:+.1} {:05} {:<05}", n, pi, -7, 3);
    let e = format!("{:>+6} {:<+6.2}|{:^7.1}|", 5, -2.5, 0.25);
    let f = format!("{:?} {:>4?} {:06.2}", 'q', 1.5, -1.005);
    let w = 10;
    let prec = 3;
    let g = format!("{:w$} {:.prec$} {:>3$} {:.*}", n, pi, 7, 2, pi);
    let h = format!("{:width$.precision$}", pi, width = w, precision = prec);
    let i = format!("{0:>w$} {0:<w$}|", s);
    let j = format!("{:?} {:5?} {:#?}", "q", Some(1), (1, 2));
    let k = format!("{name:>8}", name = "right");
    let owned: String = format!("{}{}", a, b);
    println!("{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", a, b, c, d, e, f, g, h, i, j, k, owned.len());
}
