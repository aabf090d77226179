// Format specs on user types: the impl gets them (f.pad pads, precision truncates, # is
// alternate; write! ignores them), also from arguments.
use std::fmt;
struct P(i32, i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "P[{}; {}]", self.0, self.1)
        } else {
            f.pad(&format!("({}, {})", self.0, self.1))
        }
    }
}
struct W(&'static str);
impl fmt::Debug for W {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}
fn main() {
    let p = P(3, -4);
    println!("[{}] [{:>12}] [{:<12}] [{:^12}] [{:*^12}] [{:#}]", p, p, p, p, p, p);
    let w = 9;
    println!("[{:>w$}] [{:.3}] [{:>width$}]", p, p, p, width = 11);
    println!("[{:>8?}] [{:-<8?}]", W("dbg"), W("x"));
}
