// Structs containing structs, arrays and Vecs; mutation through paths.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Body {
    pos: Vec2,
    vel: Vec2,
}

struct World {
    bodies: Vec<Body>,
    ticks: u32,
}

impl World {
    fn step(&mut self) {
        for b in &mut self.bodies {
            b.pos.x += b.vel.x;
            b.pos.y += b.vel.y;
        }
        self.ticks += 1;
    }
}

fn main() {
    let mut w = World {
        bodies: vec![
            Body { pos: Vec2 { x: 0, y: 0 }, vel: Vec2 { x: 1, y: 2 } },
            Body { pos: Vec2 { x: 10, y: 10 }, vel: Vec2 { x: -1, y: 0 } },
        ],
        ticks: 0,
    };
    w.step();
    w.step();
    w.bodies[1].vel.y = 5;
    w.step();
    println!("ticks = {}", w.ticks);
    for b in &w.bodies {
        println!("{:?}", b);
    }
    let p = w.bodies[0].pos;
    println!("{}", p.x * p.y);
}
