// Every path scales: /255, toFloat().div(255), MobileNet's [-1, 1], a helper.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [tf.layers.flatten({inputShape: [28, 28, 1]}), tf.layers.dense({units: 10, activation: 'softmax'})],
});
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

function normalize(t) {
  return t.toFloat().div(tf.scalar(255));
}

export async function run(canvas, labels) {
  const a = tf.browser.fromPixels(canvas, 1).div(255).expandDims(0);
  await model.fit(a, labels);
  const b = tf.browser.fromPixels(canvas, 1).toFloat().div(255.0).expandDims(0);
  await model.fit(b, labels);
  const c = tf.browser.fromPixels(canvas, 1).toFloat().sub(127.5).div(127.5).expandDims(0);
  await model.fit(c, labels);
  const d = normalize(tf.browser.fromPixels(canvas, 1)).expandDims(0);
  await model.fit(d, labels);
  const e = tf.tidy(() => tf.browser.fromPixels(canvas, 1).toFloat().div(127.5).sub(1).expandDims(0));
  model.predict(e);
  let f = tf.browser.fromPixels(canvas, 1).toFloat();
  f = f.div(255);
  model.predict(f.expandDims(0));
}
