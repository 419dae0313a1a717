// A classic script (no module syntax): its top-level functions are globals
// that another script of the page or an onclick attribute may call.
function deepNet() {
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [1], units: 64, activation: 'relu'}));
  model.add(tf.layers.dense({units: 1}));
  return model;
}

async function trainFromButton() {
  const model = deepNet();
  model.compile({optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError'}); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer"
  const xs = tf.tensor2d([[0], [0.5], [1]]);
  const ys = tf.tensor2d([[0], [0.25], [1]]);
  await model.fit(xs, ys, {epochs: 100});
}

async function later() {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
