// Loaded by its page with <script type="module">, tf a global of the page:
// the top-level await makes it a module, so a function nobody calls is
// dead, not a global another script could call.
const xs = tf.tensor2d([[0], [0.25], [0.5], [0.75], [1]]);
const ys = tf.tensor2d([[1], [4], [9], [16], [25]]);

function deepNet() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [1], units: 64, activation: 'relu'}));
  model.add(tf.layers.dense({units: 64, activation: 'relu'}));
  model.add(tf.layers.dense({units: 1}));
  return model;
}

async function firstTry() {
  const model = deepNet();
  model.compile({optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError'});
  await model.fit(xs, ys, {epochs: 100});
}
// await firstTry();

async function secondTry() {
  const model = deepNet();
  model.compile({optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError'}); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 9\\)"
  await model.fit(xs, ys, {epochs: 100});
}

await secondTry();
