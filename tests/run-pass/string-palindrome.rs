// Palindromes and anagrams using chars, Vec<char> and counting arrays.
fn clean(s: &str) -> Vec<char> {
    let mut out = Vec::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

fn is_palindrome(s: &str) -> bool {
    let c = clean(s);
    let n = c.len();
    for i in 0..n / 2 {
        if c[i] != c[n - 1 - i] {
            return false;
        }
    }
    true
}

fn is_anagram(a: &str, b: &str) -> bool {
    let mut counts = [0i32; 26];
    for c in clean(a) {
        counts[(c as u8 - b'a') as usize] += 1;
    }
    for c in clean(b) {
        counts[(c as u8 - b'a') as usize] -= 1;
    }
    for n in counts {
        if n != 0 {
            return false;
        }
    }
    true
}

fn main() {
    for s in ["racecar", "A man, a plan, a canal: Panama", "hello", ""] {
        println!("{:?} {}", s, is_palindrome(s));
    }
    println!("{}", is_anagram("listen", "silent"));
    println!("{}", is_anagram("Dormitory", "dirty room"));
    println!("{}", is_anagram("abc", "abd"));
}
