// CommonJS: next-value forecasting of a noisy seasonal series with an LSTM,
// fed through a shuffled tf.data pipeline and trained with fitDataset.
//
//   node timeseries_lstm_dataset.cjs      (writes ./models/forecaster)
//
// module.exports: trainForecaster(series) and forecast(model, history, steps).

const fs = require('node:fs/promises');
const path = require('node:path');
const tf = require('@tensorflow/tfjs');

const WINDOW = 20;

function makeSeries(n) {
  const series = [];
  for (let t = 0; t < n; t++) {
    series.push(Math.sin(t / 6) + 0.5 * Math.sin(t / 17) + (Math.random() - 0.5) * 0.1);
  }
  return series;
}

function windows(series) {
  const out = [];
  for (let i = 0; i + WINDOW < series.length; i++) {
    out.push({ input: series.slice(i, i + WINDOW), target: series[i + WINDOW] });
  }
  return out;
}

function toDataset(samples) {
  return tf.data.array(samples).map(({ input, target }) => ({
    xs: tf.tensor2d(input, [WINDOW, 1]),
    ys: tf.tensor1d([target]),
  }));
}

async function trainForecaster(series, { epochs = 8, log = console.log } = {}) {
  const samples = windows(series);
  const split = Math.floor(samples.length * 0.85);
  const trainDs = toDataset(samples.slice(0, split)).shuffle(split).batch(32);
  const valDs = toDataset(samples.slice(split)).batch(64);

  const model = tf.sequential();
  model.add(tf.layers.lstm({ units: 24, inputShape: [WINDOW, 1] }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.adam(0.005), loss: 'meanSquaredError' });

  await model.fitDataset(trainDs, {
    epochs,
    validationData: valDs,
    callbacks: {
      onEpochEnd: (epoch, logs) => log(`epoch ${epoch + 1}: mse ${logs.loss.toFixed(5)}, val ${logs.val_loss.toFixed(5)}`),
    },
  });
  return model;
}

// Roll the model forward `steps` times, feeding each prediction back in.
async function forecast(model, history, steps) {
  const values = history.slice(-WINDOW);
  for (let s = 0; s < steps; s++) {
    const next = tf.tidy(() => model.predict(tf.tensor3d(values.slice(-WINDOW), [1, WINDOW, 1])));
    values.push((await next.data())[0]);
    next.dispose();
  }
  return values.slice(WINDOW);
}

async function main() {
  const series = makeSeries(600);
  const model = await trainForecaster(series.slice(0, 500));
  const predicted = await forecast(model, series.slice(0, 500), 10);
  const actual = series.slice(500, 510);
  predicted.forEach((p, i) => console.log(`t=${500 + i}: predicted ${p.toFixed(3)}  actual ${actual[i].toFixed(3)}`));
  const dir = path.join('models', 'forecaster');
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    await fs.mkdir(dir, { recursive: true });
    const weightsManifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }];
    await fs.writeFile(path.join(dir, 'model.json'), JSON.stringify({ modelTopology: artifacts.modelTopology, weightsManifest }));
    await fs.writeFile(path.join(dir, 'weights.bin'), Buffer.from(artifacts.weightData));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  console.log(`saved to ${dir}`);
  model.dispose();
}

module.exports = { trainForecaster, forecast, makeSeries };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
