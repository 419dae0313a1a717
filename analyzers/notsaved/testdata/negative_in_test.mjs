import * as tf from '@tensorflow/tfjs';
import {describe, it} from 'vitest';

describe('trainer', () => {
  it('trains on collected frames', async () => {
    const video = document.createElement('video');
    const frames = [];
    document.body.addEventListener('click', () => frames.push(tf.browser.fromPixels(video)));
    document.body.click();
    const model = tf.sequential({layers: [tf.layers.flatten({inputShape: [150, 300, 3]}), tf.layers.dense({units: 1})]});
    model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
    await model.fit(tf.stack(frames), tf.zeros([frames.length, 1]), {epochs: 1});
  });
});
