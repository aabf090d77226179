//@ compile-flags: --edition 2021
// A small bank ledger: structs, enums, impls, traits, Result-based errors, closures.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct AccountId(u32);

#[derive(Debug, Clone, PartialEq)]
enum TxError {
    NoSuchAccount(AccountId),
    Insufficient { needed: u64, available: u64 },
    SameAccount,
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TxError::NoSuchAccount(id) => write!(f, "no account {}", id.0),
            TxError::Insufficient { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            TxError::SameAccount => write!(f, "cannot transfer to the same account"),
        }
    }
}

#[derive(Debug, Default)]
struct Bank {
    balances: HashMap<AccountId, u64>,
    log: Vec<String>,
    next_id: u32,
}

impl Bank {
    fn open(&mut self, initial: u64) -> AccountId {
        let id = AccountId(self.next_id);
        self.next_id += 1;
        self.balances.insert(id, initial);
        self.log.push(format!("open {} with {}", id.0, initial));
        id
    }

    fn balance(&self, id: AccountId) -> Result<u64, TxError> {
        self.balances.get(&id).copied().ok_or(TxError::NoSuchAccount(id))
    }

    fn transfer(&mut self, from: AccountId, to: AccountId, amount: u64) -> Result<(), TxError> {
        if from == to {
            return Err(TxError::SameAccount);
        }
        let available = self.balance(from)?;
        self.balance(to)?;
        if available < amount {
            return Err(TxError::Insufficient { needed: amount, available });
        }
        *self.balances.get_mut(&from).unwrap() -= amount;
        *self.balances.get_mut(&to).unwrap() += amount;
        self.log.push(format!("move {} from {} to {}", amount, from.0, to.0));
        Ok(())
    }

    fn total(&self) -> u64 {
        self.balances.values().sum()
    }
}

fn main() {
    let mut bank = Bank::default();
    let alice = bank.open(100);
    let bob = bank.open(50);
    let results = vec![
        bank.transfer(alice, bob, 30),
        bank.transfer(bob, alice, 500),
        bank.transfer(alice, alice, 1),
        bank.transfer(alice, AccountId(99), 1),
    ];
    for (i, r) in results.iter().enumerate() {
        match r {
            Ok(()) => println!("tx {}: ok", i),
            Err(e) => println!("tx {}: error: {}", i, e),
        }
    }
    let rich: Vec<u32> = bank
        .balances
        .iter()
        .filter(|(_, &b)| b > 60)
        .map(|(id, _)| id.0)
        .collect();
    println!("total {} rich {:?}", bank.total(), rich);
    for line in &bank.log {
        println!("{}", line);
    }
}
