//@ compile-flags: --edition 2021
//! Crate-level inner doc comment.
//! Comments in every position: line, block, nested block, doc comments on items,
//! fields, variants and functions, inner doc comments in modules.

/* A block comment /* with a nested block comment */ still inside */

/// An outer doc comment on a struct.
#[derive(Debug)]
struct Documented {
    /// A field doc.
    value: i32, // trailing line comment
    /** A block doc comment on a field. */
    other: u8,
}

/// Variants can carry docs too.
#[derive(Debug)]
enum Kind {
    /// First.
    A,
    /// Second.
    B(/* inline */ i32),
}

mod inner {
    //! Inner doc for the module.
    /// Function docs.
    pub fn f() -> i32 {
        /* inline */ 1 /* after */
    }
}

/**
 * A multi-line block doc comment.
 */
fn documented(x: i32 /* param comment */) -> i32 {
    // a line comment inside
    x + /* operand comment */ 1
}

fn main() {
    let d = Documented { value: 1, other: 2 };
    let k = Kind::B(3);
    let s = "// not a comment /* nor this */";
    let c = '/';
    /*
     * multi-line comment in a block
     */
    println!("{:?} {:?} {} {} {} {} {:?}", d, k, inner::f(), documented(1), s, c, Kind::A);
}
