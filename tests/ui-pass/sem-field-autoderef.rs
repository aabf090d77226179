//@ compile-flags: --edition 2021
// Field access through &T, &&T, &mut T and Box<T>, nested fields, assignment through them.

struct Engine {
    hp: u32,
}

struct Car {
    engine: Engine,
    spare: Box<Engine>,
    name: String,
}

fn tune(c: &mut Car) {
    c.engine.hp += 10;
    c.spare.hp = c.engine.hp / 2;
}

fn main() {
    let mut car = Car { engine: Engine { hp: 100 }, spare: Box::new(Engine { hp: 0 }), name: String::from("kit") };
    tune(&mut car);
    let r = &car;
    let rr = &&car;
    assert_eq!(r.engine.hp, 110);
    assert_eq!(rr.spare.hp, 55);
    let boxed = Box::new(Car { engine: Engine { hp: 1 }, spare: Box::new(Engine { hp: 2 }), name: String::new() });
    let total = boxed.engine.hp + boxed.spare.hp;
    let name_len = rr.name.len();
    let m = &mut car;
    m.name.push_str("-t");
    println!("{} {} {} {}", name_len, total, car.name, car.spare.hp);
}
