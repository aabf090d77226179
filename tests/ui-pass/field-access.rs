//@ compile-flags: --edition 2021
// Field access: nested, through references and boxes, assignment, in method receivers.

struct Inner {
    value: i32,
    tags: Vec<String>,
}

struct Outer {
    inner: Inner,
    boxed: Box<Inner>,
    name: String,
}

fn main() {
    let mut o = Outer {
        inner: Inner { value: 1, tags: vec![] },
        boxed: Box::new(Inner { value: 2, tags: vec!["t".to_string()] }),
        name: "outer".to_string(),
    };
    o.inner.value += 10;
    o.boxed.value *= 3;
    o.inner.tags.push("new".to_string());
    let r = &o;
    let deep = r.inner.value + r.boxed.value;
    let len = r.name.len() + r.boxed.tags.len() + o.inner.tags.len();
    let rm = &mut o;
    rm.name.push('!');
    rm.inner.value = -1;
    let first_tag = &o.boxed.tags[0];
    println!("{} {} {} {} {}", deep, len, o.name, o.inner.value, first_tag);
}
