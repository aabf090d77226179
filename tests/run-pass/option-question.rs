// The ? operator on Option inside functions returning Option.
struct Person {
    name: &'static str,
    boss: Option<usize>,
}

fn boss_name(people: &Vec<Person>, i: usize) -> Option<&'static str> {
    let b = people.get(i)?.boss?;
    Some(people.get(b)?.name)
}

fn grand_boss(people: &Vec<Person>, i: usize) -> Option<usize> {
    let b = people[i].boss?;
    let gb = people[b].boss?;
    Some(gb)
}

fn add_opts(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    Some(a? + b?)
}

fn main() {
    let people = vec![
        Person { name: "ceo", boss: None },
        Person { name: "vp", boss: Some(0) },
        Person { name: "dev", boss: Some(1) },
    ];
    println!("{:?}", boss_name(&people, 2));
    println!("{:?}", boss_name(&people, 0));
    println!("{:?}", boss_name(&people, 9));
    println!("{:?}", grand_boss(&people, 2));
    println!("{:?}", grand_boss(&people, 1));
    println!("{:?}", add_opts(Some(1), Some(2)));
    println!("{:?}", add_opts(Some(1), None));
}
