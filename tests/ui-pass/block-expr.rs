//@ compile-flags: --edition 2021
// Block expressions: values, nesting, shadowing, statements vs tail, empty statements.

fn compute() -> i32 {
    let x = {
        let a = 2;
        let b = 3;
        a * b
    };
    let y = { x + 1 };
    let unit = {};
    let z = {
        let x = x * 2;
        {
            let x = x + 1;
            x
        }
    };
    ;;
    let _ = unit;
    x + y + z
}

fn main() {
    let v = compute();
    let label = 'blk: {
        if v > 10 {
            break 'blk "big";
        }
        "small"
    };
    let nested = { { { 42 } } };
    let as_arg = i32::abs({ -5 });
    {
        println!("inner scope");
    }
    let s = { String::from("owned") }.len();
    println!("{} {} {} {} {}", v, label, nested, as_arg, s);
}
