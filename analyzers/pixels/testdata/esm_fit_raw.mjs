// Webcam frames collected and trained on without scaling.
import * as tf from '@tensorflow/tfjs';

const video = document.querySelector('video');
const model = tf.sequential({
  layers: [
    tf.layers.conv2d({inputShape: [64, 64, 3], filters: 8, kernelSize: 3, activation: 'relu'}),
    tf.layers.flatten(),
    tf.layers.dense({units: 2, activation: 'softmax'}),
  ],
});
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

function frame() {
  return tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(video), [64, 64]).toFloat().expandDims(0));
}

export async function trainStep(label) {
  const x = frame();
  const y = tf.oneHot(tf.tensor1d([label], 'int32'), 2);
  await model.fit(x, y, {epochs: 1}); // want "fit gets raw pixel values in \\[0, 255\\] from tf\\.browser\\.fromPixels \\(line 15\\)"
  tf.dispose([x, y]);
}
