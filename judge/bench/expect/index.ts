/** Every expectation family; each file registers itself (adding a family = a file + a line here). */
export {};
