// const and static items: computed consts, const arrays, statics of several types.
const SECONDS_PER_MINUTE: u32 = 60;
const SECONDS_PER_HOUR: u32 = SECONDS_PER_MINUTE * 60;
const DAYS: [&str; 3] = ["mon", "tue", "wed"];
const MASK: u8 = !0 << 4;
static COUNT: usize = 3;
static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
static NAME: &str = "smelt";
const NEG: i64 = -(1 << 40);

fn hms(total: u32) -> (u32, u32, u32) {
    (total / SECONDS_PER_HOUR, total % SECONDS_PER_HOUR / SECONDS_PER_MINUTE, total % SECONDS_PER_MINUTE)
}

fn main() {
    println!("{:?}", hms(3725));
    println!("{}", SECONDS_PER_HOUR);
    for d in DAYS {
        print!("{} ", d);
    }
    println!();
    println!("{}", MASK);
    let mut s = 0;
    for i in 0..COUNT {
        s += PRIMES[i];
    }
    println!("{}", s);
    println!("{} {}", NAME, NAME.len());
    println!("{}", NEG);
    const LOCAL: char = 'L';
    println!("{}", LOCAL);
}
