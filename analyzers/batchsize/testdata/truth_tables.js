// A logic-gate page: the inputs are one of two truth tables kept in a
// constant object, picked by the number of inputs. Four rows at most:
// batch 1 costs nothing there.
const tables = {
  dyadic: [[0, 0], [1, 0], [1, 1], [0, 1]],
  unary: [[0], [1]],
  xor: [[0], [1], [1], [0]],
};

function gate(units, shape, epochs) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units, inputShape: shape, activation: 'tanh' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: 'sgd', loss: 'binaryCrossentropy' });
  const xs = tf.tensor2d(shape[0] === 2 ? tables.dyadic : tables.unary);
  const ys = tf.tensor2d(tables.xor);
  return model.fit(xs, ys, { batchSize: 1, epochs });
}

// The look-alike: one branch is a recorded series of unknown length.
const recorded = { series: [] };

function series(units, shape, epochs, samples) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units, inputShape: shape, activation: 'tanh' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const xs = tf.tensor2d(samples ? samples : tables.dyadic);
  const ys = tf.tensor2d(recorded.series);
  return model.fit(xs, ys, { batchSize: 1, epochs }); // want "batchSize: 1 trains one sample per optimizer step \\(one step per sample\\)"
}

document.getElementById('and').onclick = () => gate(8, [2], 100);
document.getElementById('fit').onclick = () => series(8, [2], 10, window.samples);
