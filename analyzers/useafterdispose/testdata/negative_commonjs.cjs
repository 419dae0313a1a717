// Node batch inference that disposes each tensor after its last use.
const tf = require('@tensorflow/tfjs-node');
const fs = require('fs');

async function classifyAll(model, paths) {
  const results = [];
  for (const path of paths) {
    const image = tf.node.decodeImage(fs.readFileSync(path), 3);
    const input = tf.tidy(() => image.resizeBilinear([224, 224]).toFloat().div(255).expandDims(0));
    image.dispose();
    const logits = model.predict(input);
    input.dispose();
    const top = (await logits.argMax(-1).data())[0];
    logits.dispose();
    results.push({ path, top });
  }
  return results;
}

function pipeline(raw) {
  const t = tf.tensor2d(raw);
  const scaled = tf.tidy(() => t.sub(t.min()).div(t.max().sub(t.min())));
  t.dispose();
  // Later uses refer to other tensors; later callbacks are not called here.
  const cleanup = () => console.log('disposed?', t.isDisposed);
  cleanup();
  return scaled;
}

module.exports = { classifyAll, pipeline };
