//@ compile-flags: --edition 2021
// `pub` visibility: public fields and functions used from outside, private helpers and
// fields used only inside their module, a constructor for a struct with a private field.

mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: starting_bonus() }
        }
        pub fn deposit(&mut self, n: i64) {
            self.balance += n;
        }
        pub fn balance(&self) -> i64 {
            self.balance
        }
    }

    fn starting_bonus() -> i64 {
        10
    }

    pub mod audit {
        pub fn check(a: &super::Account) -> bool {
            a.balance >= super::starting_bonus()
        }
    }
}

fn main() {
    let mut a = bank::Account::open("kim");
    a.deposit(5);
    assert_eq!(a.balance(), 15);
    assert!(bank::audit::check(&a));
    a.owner.push_str(" lee");
    println!("{} {}", a.owner, a.balance());
}
