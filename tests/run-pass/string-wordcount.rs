// Splitting text into words by hand and counting them in a Vec of pairs.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            cur.push(c.to_ascii_lowercase());
        } else if !cur.is_empty() {
            out.push(cur.clone());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn main() {
    let text = "The cat and the hat. The END, and the start!";
    let ws = words(text);
    println!("{} words", ws.len());
    let mut counts: Vec<(String, u32)> = Vec::new();
    for w in ws {
        let mut found = false;
        for entry in &mut counts {
            if entry.0 == w {
                entry.1 += 1;
                found = true;
            }
        }
        if !found {
            counts.push((w, 1));
        }
    }
    counts.sort();
    for (w, n) in &counts {
        println!("{:<6}{}", w, n);
    }
}
