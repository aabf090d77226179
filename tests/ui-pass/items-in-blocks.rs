//@ compile-flags: --edition 2021
// Items declared inside function bodies and blocks: fn, struct, enum, impl, trait,
// const, static, use, mod, type alias; then used in the same block.

fn main() {
    use std::cmp::max;

    #[derive(Debug)]
    struct Local {
        n: i32,
    }

    enum Mode {
        On,
        Off,
    }

    impl Local {
        fn double(&self) -> i32 {
            self.n * 2
        }
    }

    trait Describe {
        fn describe(&self) -> String;
    }

    impl Describe for Mode {
        fn describe(&self) -> String {
            match self {
                Mode::On => "on".to_string(),
                Mode::Off => "off".to_string(),
            }
        }
    }

    const K: i32 = 3;
    static NAME: &str = "local";
    type Num = i64;

    mod helpers {
        pub fn triple(x: i32) -> i32 {
            x * 3
        }
    }

    fn helper(x: Num) -> Num {
        x + 1
    }

    let l = Local { n: K };
    let out = max(l.double(), 0).to_string();
    {
        fn shadowed() -> &'static str {
            "inner block"
        }
        println!("{}", shadowed());
    }
    let v = {
        struct InBlock(u8);
        InBlock(4).0
    };
    println!("{:?} {} {} {} {} {} {} {}", l, out, Mode::On.describe(), Mode::Off.describe(), NAME, helper(1), helpers::triple(2), v);
}
