
fn m{
(;)}
