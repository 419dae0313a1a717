// Buttons of a training page. Train rebuilds a small model on every click
// and never disposes the old one: one finding where the model is built,
// info (a few KB per deliberate retrain). Train big rebuilds a 1 MB model
// per click: a warning. Capture keeps a 600 KB frame per click without
// training: a warning. Retrain disposes the old model first: silent.
// Train-file retrains for 20 epochs on rows the Load button fills (empty
// when the dry run clicks it, in document order): a few KB per deliberate retrain, info. Step trains
// one step per click on a webcam-sized frame it never frees: a warning.
let small, big, kept, fromFile, stepper;
const rows = [];
const targets = [];
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
  frames.push(tf.randomNormal([224, 224, 3])); // want "tf.randomNormal allocates tensors the page keeps: \\+1 tensors \\(\\+602,112 bytes\\) more after every click on #capture"
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

document.getElementById('train-file').addEventListener('click', async () => {
  const xs = tf.tensor2d(rows, [rows.length, 1]);
  const ys = tf.tensor2d(targets, [targets.length, 1]);
  fromFile = tf.sequential(); // want "the model built here by tf.sequential is built again and the previous one never disposed: \\+\\d+ tensors \\(\\+[0-9,]+ bytes\\) of weights and optimizer state more after every click on #train-file"
  fromFile.add(tf.layers.dense({inputShape: [1], units: 512, activation: 'relu'}));
  fromFile.add(tf.layers.dense({units: 1}));
  fromFile.compile({optimizer: 'adam', loss: 'meanSquaredError'});
  await fromFile.fit(xs, ys, {epochs: 20});
  tf.dispose([xs, ys]);
});

document.getElementById('load').addEventListener('click', () => {
  for (const line of document.getElementById('csv').value.split('\n')) {
    const [x, y] = line.split(',').map(Number);
    rows.push([x]);
    targets.push([y]);
  }
});

stepper = tf.sequential({layers: [tf.layers.flatten({inputShape: [64, 64, 3]}), tf.layers.dense({units: 3, activation: 'softmax'})]});
stepper.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy'});
document.getElementById('step').addEventListener('click', async () => {
  const frame = tf.randomUniform([64, 64, 3]); // want "tf.randomUniform allocates tensors that are never freed: \\+1 tensors \\(\\+49,152 bytes\\) more after every click on #step"
  const x = frame.expandDims(0);
  const y = tf.tensor2d([[1, 0, 0]]);
  await stepper.fit(x, y, {epochs: 1, batchSize: 1});
  tf.dispose([x, y]);
});
