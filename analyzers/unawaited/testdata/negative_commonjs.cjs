// node train-all.cjs: trains one model per fold and saves them in parallel.
const tf = require('@tensorflow/tfjs-node');

function buildModel() {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: 10, inputShape: [8], activation: 'relu' }));
  m.add(tf.layers.dense({ units: 1 }));
  m.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  return m;
}

async function trainFold(fold) {
  const model = buildModel();
  const ds = tf.data.array(fold.rows).map((r) => ({ xs: r.x, ys: r.y })).shuffle(100).batch(32);
  await model.fitDataset(ds, { epochs: 10 });
  return model;
}

async function main(folds) {
  const models = await Promise.all(folds.map(trainFold));
  await Promise.all(models.map((m, i) => m.save(`file://./models/fold-${i}`)));
  const scores = models.map((m) => m.evaluate(tf.zeros([1, 8]), tf.zeros([1, 1])));
  for (const s of scores) {
    console.log('mse', (await s.data())[0]);
  }
}

main(require('./folds.json')).then(
  () => process.exit(0),
  (err) => { console.error(err); process.exit(1); },
);
