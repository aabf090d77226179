//@ compile-flags: --edition 2021
// Unary operators: -, !, *, &, &mut, && (double borrow), nested.

fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let a = 5;
    let neg = -a;
    let not_b = !true;
    let not_i = !0u8;
    let r = &a;
    let rr = &&a;
    let rrr = &&&a;
    let d = *r + **rr + ***rrr;
    let mut m = 1;
    bump(&mut m);
    let mr = &mut m;
    *mr *= 10;
    let double_neg = - -a;
    let nested = !!false;
    let b = Box::new(7);
    let unboxed = *b;
    let mut v = vec![1];
    let vr = &mut v;
    vr.push(2);
    let refmut = &mut &mut 3;
    println!("{} {} {} {} {} {} {} {} {:?} {}", neg, not_b, not_i, d, m, double_neg, nested, unboxed, v, **refmut);
}
