// A p5.js sketch: the library calls setup() and draw(), so a global
// function nothing in the file calls still runs.
let model;

function setup() {
  createCanvas(400, 400);
  model = tf.sequential();
  model.add(tf.layers.dense({ inputDim: 3, units: 16, activation: 'sigmoid' }));
  model.add(tf.layers.dense({ units: 9, activation: 'softmax' }));
  const optimizer = tf.train.sgd(0.2); // want "tf\\.train\\.sgd is plain SGD"
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
}

async function train(xs, ys) {
  await model.fit(xs, ys, { epochs: 10 });
}
