// Models loaded once, cached, disposed after use, or handed to the caller:
// no weights pile up.
import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('model/model.json');

let cached = null;
async function getModel() {
  if (!cached) {
    cached = await tf.loadLayersModel('model/model.json');
  }
  return cached;
}

async function loadFresh(url) {
  const fresh = await tf.loadLayersModel(url);
  return fresh;
}

let current = null;
document.getElementById('swap').addEventListener('click', async () => {
  current?.dispose();
  current = await loadFresh('other/model.json');
});

document.getElementById('once').addEventListener('click', async () => {
  const temp = await tf.loadLayersModel('model/model.json');
  const scores = tf.tidy(() => temp.predict(tf.zeros([1, 4])).dataSync());
  temp.dispose();
  const m = await getModel();
  const more = tf.tidy(() => m.predict(tf.zeros([1, 4])).dataSync());
  const base = tf.tidy(() => model.predict(tf.zeros([1, 4])).dataSync());
  document.title = String(scores[0] + more[0] + base[0]);
});
