import * as tf from '@tensorflow/tfjs';
import { scoreFrame } from './scorer';

const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 4, activation: 'softmax' })] });

function frame() {
  const label = scoreFrame(model, [1, 2, 3]);
  document.title = String(label);
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
