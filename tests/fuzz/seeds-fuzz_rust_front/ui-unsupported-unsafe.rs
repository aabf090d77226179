unsafe fn danger() {}

fn main() {
    let p = 1;
    let _q = &raw const p;
}
