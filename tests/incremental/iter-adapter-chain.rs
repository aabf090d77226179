// Iterator adapter chains across revisions: a closure's body changes (rpass2), an adapter is
// added in the middle of the chain (rpass3), and the chain goes back to rpass1 (rpass4). The
// projections (`<Map<I, F> as Iterator>::Item`) are normalized anew each time; every revision
// equals a clean build and prints what rustc's build prints.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021
#![feature(rustc_attrs)]

mod stats {
    #[cfg(any(rpass1, rpass4))]
    pub fn scores(v: &Vec<u32>) -> Vec<u32> {
        v.iter().map(|x| x * 10).collect()
    }

    #[cfg(rpass2)]
    pub fn scores(v: &Vec<u32>) -> Vec<u32> {
        v.iter().map(|x| x * 10 + 1).collect()
    }

    #[cfg(rpass3)]
    pub fn scores(v: &Vec<u32>) -> Vec<u32> {
        v.iter().filter(|x| **x > 1).map(|x| x * 10).collect()
    }

    pub fn total(v: &Vec<u32>) -> u32 {
        v.iter().sum()
    }
}

fn main() {
    let v = vec![1, 2, 3];
    let s = stats::scores(&v);
    let t = stats::total(&s);
    println!("{:?} {}", s, t);
    #[cfg(any(rpass1, rpass4))]
    assert_eq!(t, 60);
    #[cfg(rpass2)]
    assert_eq!(t, 63);
    #[cfg(rpass3)]
    assert_eq!(t, 50);
    let labels: Vec<String> = s.iter().enumerate().map(|(i, x)| format!("{}={}", i, x)).collect();
    println!("{:?}", labels);
}
