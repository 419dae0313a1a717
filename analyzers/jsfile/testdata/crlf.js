// Saved on Windows: every line ends in CR LF.
const tf = require('@tensorflow/tfjs');

const model = tf.sequential();
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' },);
const batchSize = ; // want "^Unexpected token ;$"
model.fit(xs, ys, { batchSize });
