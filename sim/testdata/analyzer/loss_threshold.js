// Training until the loss is low enough: how long it runs depends on the
// values tfjs computes, which the dry run does not have.
const tf = require('@tensorflow/tfjs');

async function train() {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 1, inputShape: [3]}));
  model.compile({optimizer: 'adam', loss: 'meanSquaredError', metrics: ['mse']});
  const xs = tf.randomNormal([16, 3]);
  const ys = tf.randomNormal([16, 1]);

  let loss = Infinity;
  let epoch = 0;
  while (loss > 0.05 && epoch < 20) { // want "the dry run cannot follow this while condition: it reads `loss`, a value read back from a tensor"
    const h = await model.fit(xs, ys, {
      epochs: 1,
      batchSize: 8,
      callbacks: {
        onEpochEnd: (e, logs) => {
          if (logs.mse < 0.01) model.stopTraining = true; // want "the dry run cannot follow this if condition: it reads `logs`"
        },
      },
    });
    loss = h.history.loss[0];
    epoch++;
  }

  for (let i = 0; i < 10; i++) {
    const [mse] = await model.trainOnBatch(xs, ys);
    if (mse < 0.02) break; // want "the dry run cannot follow this if condition: it reads `mse`"
  }
  const probe = model.predict(xs.slice([0, 0], [1, 3]));
  if (probe.dataSync()[0] > 0) { // want "the dry run cannot follow this if condition: it reads `probe.dataSync\\(\\)`"
    await model.fit(xs, ys, {epochs: 1});
  }
  // Evaluation steers nothing the dry run measures: not reported.
  const guesses = await model.predict(xs).array();
  const good = guesses.filter((g) => (g[0] > 0 ? 1 : 0) === 1).length;
  console.log(good > 8 ? 'good' : 'bad');
  tf.dispose([xs, ys, probe]);
}

train();
