'use strict';
// Node script: optimizer variables named after SGD, but none of them is plain SGD.
const tf = require('@tensorflow/tfjs-node');
const fs = require('fs');

async function main() {
  const xs = tf.randomNormal([256, 8]);
  const ys = xs.matMul(tf.ones([8, 1]));
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 1 })] });

  const sgd = tf.train.momentum(0.01, 0.9);
  model.compile({ optimizer: sgd, loss: 'meanSquaredError' });
  const history = await model.fit(xs, ys, { epochs: 15, batchSize: 32 });

  fs.writeFileSync('run.json', JSON.stringify({ optimizer: 'sgd', note: 'momentum 0.9', loss: history.history.loss }));
  const results = { optimizer: 'sgd' };
  console.table(results);

  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 5, batchSize: 32 });
  await model.save('file://./linear');
  tf.dispose([xs, ys]);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
