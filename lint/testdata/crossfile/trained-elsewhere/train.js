const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
const ys = tf.tensor2d([[1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1]]);

async function train() {
  await model.fit(xs, ys, { epochs: 500, shuffle: true });
}
