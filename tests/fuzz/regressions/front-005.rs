fn main() {
  ( n(0x41);
   );
}
