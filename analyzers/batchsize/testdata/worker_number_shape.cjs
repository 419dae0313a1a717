// A worker thread fits the rows its parent posts. tfjs reads inputShape: 2
// as [2], so the model's size is known: 13 weights, where batch 1 is a tip.
const tf = require('@tensorflow/tfjs-node');
const { parentPort, workerData } = require('worker_threads');

function train(points, targets) {
  const xs = tf.tensor2d(points, [points.length, 2]);
  const ys = tf.tensor1d(targets);
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 3, inputShape: 2 }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  return model.fit(xs, ys, { epochs: 10, batchSize: 1 }); // want "^batchSize: 1 trains one sample per optimizer step \\(one step per sample\\); a tip only: the model has 13 weights"
}

function trainWide(points, targets) {
  const xs = tf.tensor2d(points, [points.length, 64]);
  const ys = tf.tensor1d(targets);
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 128, inputShape: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  return model.fit(xs, ys, { epochs: 10, batchSize: 1 }); // want "^batchSize: 1 trains one sample per optimizer step \\(one step per sample\\): every step pays"
}

parentPort.on('message', async (msg) => {
  const history = msg.wide ? await trainWide(workerData.points, workerData.targets) : await train(workerData.points, workerData.targets);
  parentPort.postMessage({ loss: history.history.loss });
});
