//@ compile-flags: --edition 2021
// const and static items, at top level and inside functions and modules.

const MAX_USERS: usize = 100;
const GREETING: &str = "hi";
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
const MASK: u8 = !0 << 4;
pub const ORIGIN: (i32, i32) = (0, 0);
const _: () = ();

static VERSION: &str = "1.0";
static LIMITS: [i64; 3] = [-1, 0, 1];
pub static COUNT: u32 = MAX_USERS as u32 * 2;

const SIDE: u32 = 12;
const SQ: u32 = SIDE * SIDE;

fn main() {
    const LOCAL: i32 = 5;
    static LOCAL_STATIC: f64 = 2.5;
    let sum: u32 = PRIMES[0] + PRIMES[1] + PRIMES[2] + PRIMES[3] + PRIMES[4];
    println!("{} {} {} {} {:?}", MAX_USERS, GREETING, sum, MASK, ORIGIN);
    println!("{} {:?} {} {} {} {}", VERSION, LIMITS, COUNT, SQ, LOCAL, LOCAL_STATIC);
}
