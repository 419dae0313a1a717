// Worker-side trainer: destructures the parts it needs straight out of require().
const { sequential, layers, train, tensor2d, dispose } = require('@tensorflow/tfjs');

const HIDDEN_UNITS = 20;

function buildAutoencoder(dim) {
  const model = sequential();
  model.add(layers.dense({ inputShape: [dim], units: HIDDEN_UNITS, activation: 'relu' }));
  model.add(layers.dense({ units: dim }));
  return model;
}

async function fitAutoencoder(rows, epochs) {
  const xs = tensor2d(rows);
  const model = buildAutoencoder(rows[0].length);
  model.compile({ optimizer: train.sgd(0.02), loss: 'meanSquaredError' }); // want "tf\\.train\\.sgd is plain SGD"
  const history = await model.fit(xs, xs, { epochs, batchSize: 64 });
  dispose(xs);
  return { model, loss: history.history.loss };
}

process.on('message', async ({ rows, epochs }) => {
  const { model, loss } = await fitAutoencoder(rows, epochs);
  await model.save('file:///tmp/autoencoder');
  process.send({ loss });
});
