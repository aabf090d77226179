//@ compile-flags: --edition 2021
//@ rustc-agrees
fn configured_out() {
    #![cfg(any())]
}

fn main() {
    let ready = true;
    if ready {
        #![allow(unused)]
        println!("ready");
    }
    let f = || {
        #![allow(unused)]
        1
    };
    println!("{}", f());
}
