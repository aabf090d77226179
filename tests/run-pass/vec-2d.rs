// A grid as Vec<Vec<char>>: Conway's game of life for a few steps.
fn step(g: &Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    let h = g.len();
    let w = g[0].len();
    let mut next = vec![vec![false; w]; h];
    for r in 0..h {
        for c in 0..w {
            let mut n = 0;
            for dr in [h - 1, 0, 1] {
                for dc in [w - 1, 0, 1] {
                    if dr == 0 && dc == 0 {
                        continue;
                    }
                    if g[(r + dr) % h][(c + dc) % w] {
                        n += 1;
                    }
                }
            }
            next[r][c] = n == 3 || (g[r][c] && n == 2);
        }
    }
    next
}

fn show(g: &Vec<Vec<bool>>) {
    for row in g {
        let mut s = String::new();
        for &cell in row {
            s.push(if cell { '#' } else { '.' });
        }
        println!("{}", s);
    }
    println!();
}

fn main() {
    let mut g = vec![vec![false; 6]; 6];
    g[0][1] = true;
    g[1][2] = true;
    g[2][0] = true;
    g[2][1] = true;
    g[2][2] = true;
    for _ in 0..3 {
        show(&g);
        g = step(&g);
    }
    show(&g);
}
