const tf = require('@tensorflow/tfjs');

exports.normalize = (t) => tf.tidy(() => {
  const { mean, variance } = tf.moments(t, 0);
  const out = t.sub(mean).div(variance.sqrt().add(1e-7));
  t.dispose();
  return out;
});
