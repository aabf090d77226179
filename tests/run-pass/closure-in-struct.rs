// Closures stored in struct fields through generics.
struct Cache<F: Fn(u64) -> u64> {
    func: F,
    last: Option<(u64, u64)>,
    calls: u32,
}

impl<F: Fn(u64) -> u64> Cache<F> {
    fn new(func: F) -> Self {
        Cache { func, last: None, calls: 0 }
    }
    fn get(&mut self, x: u64) -> u64 {
        if let Some((k, v)) = self.last {
            if k == x {
                return v;
            }
        }
        self.calls += 1;
        let v = (self.func)(x);
        self.last = Some((x, v));
        v
    }
}

struct Button<F> {
    label: &'static str,
    on_click: F,
}

impl<F: FnMut() -> u32> Button<F> {
    fn click(&mut self) {
        let n = (self.on_click)();
        println!("{} clicked ({})", self.label, n);
    }
}

fn main() {
    let mut c = Cache::new(|x| x * x + 1);
    println!("{}", c.get(3));
    println!("{}", c.get(3));
    println!("{}", c.get(4));
    println!("calls = {}", c.calls);
    let mut clicks = 0;
    let mut b = Button {
        label: "ok",
        on_click: move || {
            clicks += 1;
            clicks
        },
    };
    b.click();
    b.click();
    println!("{}", b.label);
}
