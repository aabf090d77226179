//@ error: E0728
//@ compile-flags: --edition 2021
// `.await` in a non-async method.
pub struct Client;
impl Client {
    async fn get(&self) -> u8 { 0 }
    pub fn run(&self) -> u8 {
        self.get().await //~ ERROR E0728
    }
}
