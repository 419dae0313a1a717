// Synthetic data for the page: NUM_FEATURES inputs, NUM_CLASSES classes.
const NUM_FEATURES = 6;
const NUM_CLASSES = 3;

function makeData(n, normalize) {
  return tf.tidy(() => {
    let xs = tf.randomNormal([n, NUM_FEATURES], 5, 2);
    if (normalize) {
      const { mean, variance } = tf.moments(xs, 0);
      xs = xs.sub(mean).div(variance.sqrt());
    }
    const labels = tf.randomUniform([n], 0, NUM_CLASSES, 'int32');
    return { xs, ys: tf.oneHot(labels, NUM_CLASSES).toFloat() };
  });
}
