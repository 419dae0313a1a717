// Buttons of a training page. Train rebuilds a small model on every click
// and never disposes the old one: one finding where the model is built,
// info (a few KB per deliberate retrain). Train big rebuilds a 1 MB model
// per click: a warning. Capture keeps a 600 KB frame per click without
// training: a warning. Retrain disposes the old model first: silent.
let small, big, kept;
const frames = [];

document.getElementById('train').addEventListener('click', async () => {
  small = tf.sequential(); // want "the model built here by tf.sequential is built again and the previous one never disposed: \\+6 tensors \\(\\+204 bytes\\) of weights and optimizer state more after every click on #train"
  small.add(tf.layers.dense({inputShape: [4], units: 8, activation: 'relu'}));
  small.add(tf.layers.dense({units: 1}));
  small.compile({optimizer: tf.train.adam(0.01), loss: 'meanSquaredError'});
  const xs = tf.randomNormal([32, 4]);
  const ys = tf.randomNormal([32, 1]);
  await small.fit(xs, ys, {epochs: 2});
  xs.dispose();
  ys.dispose();
});

document.getElementById('train-big').addEventListener('click', async () => {
  const input = tf.input({shape: [512]});
  const hidden = tf.layers.dense({units: 512, activation: 'relu'}).apply(input);
  const output = tf.layers.dense({units: 1}).apply(hidden);
  big = tf.model({inputs: input, outputs: output}); // want "the model built here by tf.model is built again and the previous one never disposed: \\+5 tensors \\(\\+1,052,680 bytes\\) of weights and optimizer state more after every click on #train-big"
  big.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
  const xs = tf.randomNormal([8, 512]);
  const ys = tf.randomNormal([8, 1]);
  await big.fit(xs, ys, {epochs: 1});
  tf.dispose([xs, ys]);
});

document.getElementById('capture').addEventListener('click', () => {
  frames.push(tf.randomNormal([224, 224, 3])); // want "tf.randomNormal allocates tensors that are never freed: \\+1 tensors \\(\\+602,112 bytes\\) more after every click on #capture"
});

document.getElementById('retrain').addEventListener('click', async () => {
  if (kept) kept.dispose();
  kept = tf.sequential();
  kept.add(tf.layers.dense({inputShape: [4], units: 8, activation: 'relu'}));
  kept.add(tf.layers.dense({units: 1}));
  kept.compile({optimizer: 'adam', loss: 'meanSquaredError'});
  const xs = tf.randomNormal([32, 4]);
  const ys = tf.randomNormal([32, 1]);
  await kept.fit(xs, ys, {epochs: 2});
  tf.dispose([xs, ys]);
});
