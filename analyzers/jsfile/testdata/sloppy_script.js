// A classic script that only parses in script (sloppy) mode: `with`, legacy
// octal literals and `await` as a variable name are errors in a module.
var await = 010;
var tf = window.tf;

with (tf.layers) {
  var hidden = dense({ units: await, activation: 'relu' });
}

function train(model, xs, ys) {
  return model.fit(xs, ys, { epochs: 5 });
}
