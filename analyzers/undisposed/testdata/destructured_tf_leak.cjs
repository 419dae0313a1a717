// CommonJS with the tfjs functions destructured out of require().
const { sequential, layers, train, tensor2d, randomNormal, tidy, dispose } = require('@tensorflow/tfjs');

const model = sequential({
  layers: [
    layers.dense({ units: 16, activation: 'relu', inputShape: [8] }),
    layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: train.adam(0.001), loss: 'meanSquaredError' });

function makeBatch(n) {
  return tidy(() => {
    const xs = randomNormal([n, 8]);
    const ys = xs.sum(1, true).mul(0.5);
    return { xs, ys };
  });
}

async function trainEpochs(epochs) {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const { xs, ys } = makeBatch(256);
    await model.fit(xs, ys, { epochs: 1, batchSize: 32 });
    dispose({ xs, ys });
  }
}

// Validation on fresh noise each round: the noise tensor is never released.
async function validate(rounds) {
  const losses = [];
  for (let r = 0; r < rounds; r++) {
    const noise = randomNormal([64, 8]); // want "`noise` from tf\\.randomNormal is never disposed.*leaks one tensor per iteration"
    const target = tidy(() => noise.sum(1, true).mul(0.5));
    const pred = model.predict(noise);
    const err = tidy(() => pred.sub(target).square().mean());
    losses.push((await err.data())[0]);
    dispose([target, pred, err]);
  }
  return losses;
}

async function main() {
  await trainEpochs(5);
  // Runs once (its function is only called once): a one-off leak, reported only with report-once.
  const probe = tensor2d([[1, 1, 1, 1, 1, 1, 1, 1]]);
  const out = model.predict(probe);
  console.log('validation', await validate(3), 'f(1…1) =', (await out.data())[0]);
  out.dispose();
}

main();
