// Iterator adapters over str::chars(), collected into Vec<char> and Vec<u32>.
fn main() {
    let chars: Vec<char> = "abc".chars().collect();
    println!("{:?}", chars);
    let upper: Vec<char> = "hello".chars().map(|c| c.to_ascii_uppercase()).collect();
    let mut s = String::new();
    for c in &upper {
        s.push(*c);
    }
    println!("{}", s);
    let consonants: Vec<char> = "programming"
        .chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .collect();
    println!("{:?}", consonants);
    let digits: Vec<u32> = "9081".chars().map(|c| c.to_digit(10).unwrap()).collect();
    println!("{:?}", digits);
    let total: u32 = digits.iter().sum();
    println!("{}", total);
    let spaces = "a b  c".chars().filter(|c| *c == ' ').count();
    println!("{}", spaces);
    let positions: Vec<usize> = "banana"
        .chars()
        .enumerate()
        .filter(|(_, c)| *c == 'a')
        .map(|(i, _)| i)
        .collect();
    println!("{:?}", positions);
}
