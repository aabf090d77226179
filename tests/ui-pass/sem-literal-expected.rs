//@ compile-flags: --edition 2021
// Expected types flow into literals: fn arguments, struct fields, returns, arrays, Vec, Option.

struct Packet {
    id: u16,
    ttl: u8,
    weight: f32,
}

fn checksum(bytes: [u8; 4]) -> u32 {
    bytes[0] as u32 + bytes[1] as u32 + bytes[2] as u32 + bytes[3] as u32
}

fn limit() -> u64 {
    10_000_000_000
}

fn main() {
    let p = Packet { id: 65_000, ttl: 255, weight: 0.5 };
    let sum = checksum([250, 250, 250, 250]);
    let big: Vec<i64> = vec![1, 5_000_000_000];
    let maybe: Option<u8> = Some(200);
    let pair: (i16, f32) = (-300, 1.25);
    let nested: [[u16; 2]; 2] = [[1, 60_000], [3, 4]];
    assert_eq!(sum, 1000);
    assert_eq!(limit() / 2, 5_000_000_000);
    assert_eq!(maybe.unwrap_or(0), 200);
    println!("{} {} {} {} {:?} {:?} {:?} {}", p.id, p.ttl, p.weight, sum, big, maybe, pair, nested[0][1]);
}
