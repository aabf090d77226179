// Hand-written insertion sort, binary search and merge on Vecs.
fn insertion_sort(v: &mut Vec<i32>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn binary_search(v: &Vec<i32>, target: i32) -> Option<usize> {
    let mut lo = 0;
    let mut hi = v.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Some(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

fn merge(a: &Vec<i32>, b: &Vec<i32>) -> Vec<i32> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i] <= b[j]) {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out
}

fn main() {
    let mut v = vec![9, -2, 7, 4, 4, 0, 13, -8];
    insertion_sort(&mut v);
    println!("{:?}", v);
    println!("{:?} {:?}", binary_search(&v, 7), binary_search(&v, 5));
    let m = merge(&vec![1, 4, 9], &vec![2, 3, 10, 11]);
    println!("{:?}", m);
}
