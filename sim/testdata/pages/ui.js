// The page's controls: Train builds and fits a model from the form's
// settings; Predict classifies one random sample.
let model = null;

function log(msg) {
  document.getElementById('log').textContent += msg + '\n';
}

function buildModel(units) {
  const m = tf.sequential();
  m.add(tf.layers.dense({ inputShape: [NUM_FEATURES], units, activation: 'relu' }));
  m.add(tf.layers.dense({ units: NUM_CLASSES, activation: 'softmax' }));
  m.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return m;
}

async function onTrainClick() {
  const epochs = Number(document.getElementById('epochs').value);
  const units = parseInt(document.getElementById('units').value, 10);
  const normalize = document.getElementById('normalize').checked;
  if (model) model.dispose();
  model = buildModel(units);
  const { xs, ys } = makeData(128, normalize);
  await model.fit(xs, ys, {
    epochs,
    batchSize: 32,
    callbacks: { onEpochEnd: (epoch, logs) => log(`epoch ${epoch}: loss ${logs.loss.toFixed(3)}`) },
  });
  xs.dispose();
  ys.dispose();
}

// predictOnce leaks the sample and the prediction on every click.
function predictOnce() {
  if (!model) return;
  const sample = tf.randomNormal([1, NUM_FEATURES]);
  const probs = model.predict(sample);
  log(`class ${probs.argMax(-1).dataSync()[0]}`);
}

document.getElementById('train').addEventListener('click', onTrainClick);
document.getElementById('units').onchange = () => log('units: ' + document.getElementById('units').value);
