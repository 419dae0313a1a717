'use strict';
// CommonJS: parsed as a script, where `import` is not allowed.
const tf = require('@tensorflow/tfjs-node');

async function main() {
  const model = await tf.loadLayersModel('file://./model/model.json');
  const xs = tf.tensor2d([[1, 2, 3]]);
  model.predict(xs).print();
}

main().catch((err => { console.error(err); process.exit(1); }); // want "^Unexpected token ;$"
