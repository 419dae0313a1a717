import * as tf from '@tensorflow/tfjs';
import * as models from './models.js';
import { Classifier } from './models.js';

const available = [new models.UNet(256), new models.FastSCNN()];
const classifier = new Classifier();
const image = tf.zeros([256, 256, 3]);
let custom = tf.ones([256, 256, 3]);
let current = 0;

async function render() {
  const ms = await available[current].predict(image, tf.clone(custom));
  document.getElementById('ms').textContent = ms.toFixed(1);
  const scores = classifier.predict(tf.tensor2d([[1, 2, 3, 4]])); // want "undisposed-tensor: `scores` from classifier\.predict\(\) is never disposed: it leaks one tensor per frame" "leaked-temporary: the tensor from tf.tensor2d is passed to classifier.predict"
  document.getElementById('label').textContent = String((await scores.data())[0]);
  requestAnimationFrame(render);
}

document.getElementById('model').addEventListener('change', (e) => { current = Number(e.target.value); });
Promise.all(available.map((m, i) => m.load(`models/${i}/model.json`))).then(render);
