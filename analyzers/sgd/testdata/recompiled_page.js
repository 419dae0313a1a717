// A teaching page's script: the model is compiled twice in a row (the
// second call replaces the first), and later compiled again before a
// second training run.
/* global tf */

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [4], units: 16, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' }); // want "optimizer 'sgd' is plain SGD"

async function train(xs, ys) {
  await model.fit(xs, ys, { epochs: 20 });
  // Compiled again after a fit: this compile takes effect for the next run.
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' }); // want "optimizer 'sgd' is plain SGD"
  await model.fit(xs, ys, { epochs: 20 });
}

window.train = train;
