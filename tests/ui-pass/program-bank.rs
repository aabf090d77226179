//@ compile-flags: --edition 2021
// A small bank ledger: structs, enums, impls, a Display impl, Result-based errors with ?,
// linear lookup in a Vec of pairs, closures.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug)]
struct Bank {
    balances: Vec<(AccountId, u64)>,
    log: Vec<String>,
    next_id: u32,
}

impl Bank {
    fn new() -> Bank {
        Bank { balances: Vec::new(), log: Vec::new(), next_id: 0 }
    }

    fn open(&mut self, initial: u64) -> AccountId {
        let id = AccountId(self.next_id);
        self.next_id += 1;
        self.balances.push((id, initial));
        self.log.push(format!("open {} with {}", id.0, initial));
        id
    }

    fn slot(&self, id: AccountId) -> Result<usize, TxError> {
        for i in 0..self.balances.len() {
            if self.balances[i].0 == id {
                return Ok(i);
            }
        }
        Err(TxError::NoSuchAccount(id))
    }

    fn balance(&self, id: AccountId) -> Result<u64, TxError> {
        let i = self.slot(id)?;
        Ok(self.balances[i].1)
    }

    fn transfer(&mut self, from: AccountId, to: AccountId, amount: u64) -> Result<(), TxError> {
        if from == to {
            return Err(TxError::SameAccount);
        }
        let available = self.balance(from)?;
        let to_slot = self.slot(to)?;
        if available < amount {
            return Err(TxError::Insufficient { needed: amount, available });
        }
        let from_slot = self.slot(from)?;
        self.balances[from_slot].1 -= amount;
        self.balances[to_slot].1 += amount;
        self.log.push(format!("move {} from {} to {}", amount, from.0, to.0));
        Ok(())
    }

    fn total(&self) -> u64 {
        let mut t = 0;
        for (_, b) in &self.balances {
            t += *b;
        }
        t
    }

    fn select(&self, pred: impl Fn(u64) -> bool) -> Vec<u32> {
        let mut out = Vec::new();
        for &(id, b) in &self.balances {
            if pred(b) {
                out.push(id.0);
            }
        }
        out
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open(100);
    let bob = bank.open(50);
    let results = vec![
        bank.transfer(alice, bob, 30),
        bank.transfer(bob, alice, 500),
        bank.transfer(alice, alice, 1),
        bank.transfer(alice, AccountId(99), 1),
    ];
    let mut i = 0;
    for r in &results {
        match r {
            Ok(()) => println!("tx {}: ok", i),
            Err(e) => println!("tx {}: error: {}", i, e),
        }
        i += 1;
    }
    let threshold = 60;
    let rich = bank.select(|b| b > threshold);
    println!("total {} rich {:?}", bank.total(), rich);
    for line in &bank.log {
        println!("{}", line);
    }
}
