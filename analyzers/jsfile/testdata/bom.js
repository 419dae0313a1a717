const rate = 0.001 +; // want "^Unexpected token ;$"

// The BOM above is not code.
const tf = window.tf;
