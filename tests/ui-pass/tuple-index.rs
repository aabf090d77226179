//@ compile-flags: --edition 2021
// Tuple indexing: .0, nested x.0.1, x.1.0.2, on tuple structs, assignment through indices.

struct Pair(i32, (u8, char));

fn main() {
    let t = (1, (2, 3), ((4, 5, 6), 7));
    let a = t.0;
    let b = t.1.0;
    let c = t.1.1;
    let d = t.2.0.2;
    let e = t.2 .1;
    let f = (t.2).0.1;
    let mut m = ((0, 0), 0);
    m.0.1 = 5;
    m.0 .0 = 4;
    m.1 += m.0.0 + m.0.1;
    let p = Pair(9, (8, 'x'));
    let q = p.1.1;
    let r = &p;
    let s = r.1.0 as i32 + r.0;
    let nested = (((1,),),);
    let n = nested.0.0.0;
    let v = vec![(1, 2)];
    let from_vec = v[0].1;
    println!("{} {} {} {} {} {} {:?} {} {} {} {}", a, b, c, d, e, f, m, q, s, n, from_vec);
}
