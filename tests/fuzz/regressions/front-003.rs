fn main() {}

fn a() {
    #![cfg(c)]
}
