// Trained and predicted on raw pixels alike: the fit is the finding to
// fix; the prediction is consistent with it (info).
import * as tf from '@tensorflow/tfjs';

const cam = document.getElementById('cam');
const model = tf.sequential({
  layers: [tf.layers.flatten({inputShape: [16, 16, 3]}), tf.layers.dense({units: 2, activation: 'softmax'})],
});
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

const grab = () => tf.browser.fromPixels(cam).resizeBilinear([16, 16]).expandDims(0);

export async function add(label) {
  await model.fit(grab(), tf.oneHot([label], 2)); // want "fit gets raw pixel values"
}

export function guess() {
  return model.predict(grab()); // want "predict gets raw pixel values .* \\(training sees raw pixels too: scale both\\)"
}
