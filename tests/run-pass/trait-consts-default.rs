// Trait constants through type parameters (defaults and overrides), Self::CONST in a default
// method, #[derive(Default)] of a struct of numbers, String, Vec, Option and tuples.
trait Unit {
    const NAME: &'static str;
    const SCALE: i64 = 1;
    fn id() -> i64 {
        Self::SCALE * 10
    }
}
struct Meter;
struct Km;
impl Unit for Meter {
    const NAME: &'static str = "m";
}
impl Unit for Km {
    const NAME: &'static str = "km";
    const SCALE: i64 = 1000;
}
fn show<U: Unit>(v: i64) -> String {
    format!("{}{} = {}", v, U::NAME, v * U::SCALE)
}
#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    depth: u8,
    name: String,
    tags: Vec<String>,
    limit: Option<u32>,
    pair: (i32, bool),
}
fn main() {
    println!("{} {}", show::<Meter>(5), show::<Km>(3));
    println!("{} {}", Meter::id(), Km::id());
    let c = Config::default();
    println!("{:?} {}", c, c == Config { depth: 0, ..Default::default() });
}
