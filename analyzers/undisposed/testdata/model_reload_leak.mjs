// A model loaded inside code that runs again and never disposed keeps all
// its weight tensors: every run loads another copy (on tfjs 4.22, a
// 2-weight model loaded 3 times without dispose() adds 6 tensors; with
// model.dispose() after use, none).
import * as tf from '@tensorflow/tfjs';

document.getElementById('classify').addEventListener('click', async () => {
  const model = await tf.loadLayersModel('model/model.json'); // want "`model` from tf.loadLayersModel is never disposed: the model's weights are loaded again per click"
  const scores = tf.tidy(() => model.predict(tf.zeros([1, 4])).dataSync());
  document.title = String(scores[0]);
});

async function nextToken(text) {
  const lm = await tf.loadGraphModel('lm/model.json'); // want "`lm` from tf.loadGraphModel is never disposed: the model's weights are loaded again per iteration"
  const ids = tf.tidy(() => lm.predict(tf.tensor2d([[text.length]])).argMax(-1).dataSync());
  return String.fromCharCode(97 + ids[0]);
}

document.getElementById('generate').addEventListener('click', async () => {
  let text = '';
  for (let i = 0; i < 40; i++) {
    text += await nextToken(text);
  }
  document.title = text;
});
