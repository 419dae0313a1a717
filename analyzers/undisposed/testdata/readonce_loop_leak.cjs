// Node: per-example evaluation where every prediction is read once and dropped.
const tf = require('@tensorflow/tfjs');

const NUM_CLASSES = 3;

const model = tf.sequential();
model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [4] }));
model.add(tf.layers.dense({ units: NUM_CLASSES, activation: 'softmax' }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

async function evaluate(testRows, testLabels) {
  const confusion = Array.from({ length: NUM_CLASSES }, () => new Array(NUM_CLASSES).fill(0));
  for (let i = 0; i < testRows.length; i++) {
    const x = tf.tensor2d([testRows[i]]);
    const probs = await model.predict(x).data(); // want "is read with data\\(\\) and never disposed"
    x.dispose();
    const predicted = probs.indexOf(Math.max(...probs));
    confusion[testLabels[i]][predicted]++;
  }
  return confusion;
}

async function topClassPerRow(rows) {
  const out = [];
  for (const row of rows) {
    const x = tf.tensor2d([row]);
    out.push(model.predict(x).argMax(-1).arraySync()[0]); // want "2 intermediate tensors \\(predict, argMax\\)"
    x.dispose();
  }
  return out;
}

async function main() {
  const rows = Array.from({ length: 150 }, () => [Math.random(), Math.random(), Math.random(), Math.random()]);
  const labels = rows.map((r) => (r[0] + r[1] > 1 ? (r[2] > 0.5 ? 2 : 1) : 0));
  const xs = tf.tensor2d(rows);
  // Runs once (its function is only called once): a one-off leak, reported only with report-once.
  const ys = tf.oneHot(tf.tensor1d(labels, 'int32'), NUM_CLASSES);
  await model.fit(xs, ys, { epochs: 20, batchSize: 16, validationSplit: 0.2 });
  tf.dispose([xs, ys]);
  console.log(await evaluate(rows.slice(0, 30), labels.slice(0, 30)));
  console.log(await topClassPerRow(rows.slice(0, 5)));
}

main();
