// CommonJS with an aliased namespace and destructured functions: polynomial-feature
// regression of a fuel-efficiency curve, with a learning-rate decay callback.
//
//   node alias_destructure_regression.cjs     (writes ./models/fuel-curve)

const fs = require('node:fs/promises');
const path = require('node:path');
const tfjs = require('@tensorflow/tfjs');

const { tensor2d, tidy, dispose, sequential, layers, train } = tfjs;

const OUT_DIR = path.join('models', 'fuel-curve');

// km/l as a function of speed: best around 70 km/h.
function measurements(n) {
  const speeds = [];
  const efficiency = [];
  for (let i = 0; i < n; i++) {
    const v = 20 + Math.random() * 110;
    speeds.push(v);
    efficiency.push(22 - 0.0025 * (v - 70) ** 2 + (Math.random() - 0.5) * 1.5);
  }
  return { speeds, efficiency };
}

// [v, v^2, v^3] with v scaled to about [-1, 1].
function features(speeds) {
  return tidy(() => {
    const v = tensor2d(speeds, [speeds.length, 1]).sub(75).div(55);
    return tfjs.concat([v, v.square(), v.pow(3)], 1);
  });
}

const model = sequential({
  layers: [
    layers.dense({ inputShape: [3], units: 16, activation: 'relu' }),
    layers.dense({ units: 1 }),
  ],
});
const optimizer = train.adam(0.01);
model.compile({ optimizer, loss: 'meanSquaredError' });

// Halve the learning rate every 10 epochs.
const decay = new tfjs.CustomCallback({
  onEpochEnd: (epoch, logs) => {
    if ((epoch + 1) % 10 === 0) {
      optimizer.learningRate = optimizer.learningRate / 2;
      console.log(`epoch ${epoch + 1}: loss ${logs.loss.toFixed(3)}, learning rate now ${optimizer.learningRate}`);
    }
  },
});

async function main() {
  const { speeds, efficiency } = measurements(800);
  const xs = features(speeds);
  const ys = tensor2d(efficiency, [efficiency.length, 1]);
  await model.fit(xs, ys, { epochs: 40, batchSize: 32, validationSplit: 0.1, callbacks: [decay] });
  dispose([xs, ys]);

  const probeSpeeds = [30, 50, 70, 90, 110];
  const probe = features(probeSpeeds);
  const predicted = model.predict(probe);
  const values = await predicted.data();
  dispose([probe, predicted]);
  probeSpeeds.forEach((v, i) => console.log(`${v} km/h -> ${values[i].toFixed(1)} km/l`));

  await model.save(tfjs.io.withSaveHandler(async (artifacts) => {
    await fs.mkdir(OUT_DIR, { recursive: true });
    const weightsManifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }];
    await fs.writeFile(path.join(OUT_DIR, 'model.json'), JSON.stringify({ modelTopology: artifacts.modelTopology, weightsManifest }));
    await fs.writeFile(path.join(OUT_DIR, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  console.log(`saved to ${OUT_DIR}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
