// Node: iterative refinement that frees the previous estimate with tf.dispose([...]).
const tf = require('@tensorflow/tfjs');

// Newton-Schulz iteration for the inverse of a well-conditioned matrix.
async function inverse(a, iterations = 30) {
  const n = a.shape[0];
  const identity2 = tf.tidy(() => tf.eye(n).mul(2));
  let x = tf.tidy(() => a.transpose().div(a.norm().square()));
  for (let i = 0; i < iterations; i++) {
    const previous = x;
    x = tf.tidy(() => previous.matMul(identity2.sub(a.matMul(previous))));
    tf.dispose([previous]);
  }
  identity2.dispose();
  return x;
}

// Label propagation on a small graph: the label matrix is replaced each round.
async function propagate(adjacency, seeds, rounds = 20) {
  const degree = adjacency.sum(1, true);
  const transition = adjacency.div(degree);
  let labels = seeds.clone();
  for (let r = 0; r < rounds; r++) {
    const next = tf.tidy(() => transition.matMul(labels).mul(0.85).add(seeds.mul(0.15)));
    tf.dispose(labels);
    labels = next;
  }
  tf.dispose([degree, transition]);
  return labels;
}

async function main() {
  const a = tf.tensor2d([[4, 1, 0], [1, 3, 1], [0, 1, 2]]);
  const inv = await inverse(a);
  const check = tf.tidy(() => a.matMul(inv));
  console.log('A * inv(A) =', await check.array());
  const adjacency = tf.tensor2d([[0, 1, 1, 0], [1, 0, 1, 0], [1, 1, 0, 1], [0, 0, 1, 0]]);
  const seeds = tf.tensor2d([[1, 0], [0, 0], [0, 0], [0, 1]]);
  const labels = await propagate(adjacency, seeds);
  console.log('labels', await labels.array());
  tf.dispose([a, inv, check, adjacency, seeds, labels]);
}

main();
