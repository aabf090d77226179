// Trait methods on a reference to an {integer} or {float} variable: autoderef reaches the
// variable, whose trait methods are probed (E0599 before).
fn main() {
    let i = 3;
    let _o = (&i).cmp(&2);
    let x = 1.5;
    let r = &x;
    let _p = r.partial_cmp(&2.0);
    let mut v = vec![3, 1, 2];
    v.sort_by(|a, b| a.cmp(b));
    let mut m = vec![3.5, 1.0];
    m.sort_by(|a, b| a.partial_cmp(b).unwrap());
}
