fn f() { ] }
