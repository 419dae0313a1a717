// node train.cjs: trains on a CSV and saves the model after "enough" time.
const tf = require('@tensorflow/tfjs-node');
const { setTimeout: sleep } = require('timers/promises');
const util = require('util');
const wait = util.promisify(setTimeout);

async function main() {
  const ds = tf.data.csv('file://./data/housing.csv', { columnConfigs: { price: { isLabel: true } } })
    .map(({ xs, ys }) => ({ xs: Object.values(xs), ys: Object.values(ys) }))
    .shuffle(1000)
    .batch(32);
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [12] })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  model.fitDataset(ds, { epochs: 20 }).catch(console.error);
  await sleep(60_000); // want "sleep waits a fixed 60000 ms for training to finish: await model\\.fitDataset"
  await model.save('file://./model');
}

async function retrain(model, ds) {
  model.fitDataset(ds, { epochs: 2 });
  await wait(15000); // want "wait waits a fixed 15000 ms for training to finish"
  console.log('retrained');
}

main().then(() => retrain());
