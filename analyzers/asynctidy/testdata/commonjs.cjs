// Node evaluation script (tfjs-node) with named helpers.
const tf = require('@tensorflow/tfjs-node');

async function evaluateBatch() {
  const xs = tf.randomNormal([64, 10]);
  const scores = await xs.square().mean(1).array();
  return scores;
}

function summarize(t) {
  return tf.tidy(() => tf.stack([t.min(), t.max(), t.mean()]));
}

async function main() {
  const model = await tf.loadLayersModel('file://./model/model.json');
  // evaluateBatch is async: passed by name it is still an async callback.
  const scores = tf.tidy(evaluateBatch); // want "tf\\.tidy with an async callback \\(evaluateBatch\\): tidy ends at the first await"

  // Correct: the await is outside the tidy.
  const mean = (await tf.tidy(() => model.predict(tf.ones([1, 10])).mean()).data())[0];

  // The promise chain returned from tidy outlives the scope.
  const printed = tf.tidy(() => model.predict(tf.zeros([1, 10])).data().then((v) => v[0])); // want "returns a Promise \\(model\\.predict\\(…\\)\\.data\\(\\) is async\\)"

  console.log(scores, mean, printed, summarize(tf.ones([3])).arraySync());
}

main();
