// Models the resolver cannot trace: loaded in a promise, passed as a
// parameter. predict on a known tensor still makes a tensor.
import * as tf from '@tensorflow/tfjs';

const RETURN_COST = true;

tf.loadLayersModel('indexeddb://digits').then((model) => {
  const canvas = document.getElementById('pad');
  canvas.addEventListener('mouseup', () => {
    const input = tf.tidy(() => tf.browser.fromPixels(canvas, 1).toFloat().div(255).expandDims(0));
    const scores = model.predict(input); // want "`scores` from model\\.predict is never disposed: it leaks one tensor per pointer press"
    document.getElementById('digit').textContent = scores.argMax(1).dataSync()[0]; // want "the tensor from scores\\.argMax is read with dataSync\\(\\)"
    input.dispose();
  });
});

export function fineTune(net, xs, ys, optimizer) {
  for (let i = 0; i < 100; i++) {
    const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, net.predict(xs)), RETURN_COST); // want "`cost` from optimizer\\.minimize is never disposed: it leaks one tensor per training step"
    if (i % 10 === 0) {
      console.log(cost.dataSync()[0]);
    }
  }
}

export function scoreAll(net, rows) {
  return rows.map((row) => net.predict(tf.tensor2d([row])).dataSync()[0]); // want "2 intermediate tensors \\(tensor2d, predict\\) are never disposed: it leaks 2 tensors of a few elements per element, each time this function runs"
}
