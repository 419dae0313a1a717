// A fashion-MNIST page that trains a few batches at load and draws the
// first image of each batch: five reads in all.
import * as tf from '@tensorflow/tfjs';

const TRAIN_BATCHES = 5;
const LONG_RUN = 400;

function draw(pixels) {
  const canvas = document.getElementById('input');
  canvas.getContext('2d').putImageData(new ImageData(Uint8ClampedArray.from(pixels, (v) => v * 255), 28, 1), 0, 0);
}

async function demo(model, nextBatch) {
  for (let i = 0; i < TRAIN_BATCHES; i++) {
    const batch = nextBatch();
    draw(batch.xs.dataSync().slice(0, 28)); // want "once per training step \\(a loop of a few steps\\)"
    await model.fit(batch.xs, batch.ys, { epochs: 1 });
    tf.dispose(batch);
    await tf.nextFrame();
  }
  // The look-alike: the same loop run for hundreds of batches.
  for (let i = 0; i < LONG_RUN; i++) {
    const batch = nextBatch();
    draw(batch.xs.dataSync().slice(0, 28)); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step; in this async function use \\(await batch\\.xs\\.data\\(\\)\\) \\(tip 17\\)$"
    await model.fit(batch.xs, batch.ys, { epochs: 1 });
    tf.dispose(batch);
    await tf.nextFrame();
  }
}

demo(tf.sequential(), () => ({ xs: tf.randomNormal([64, 784]), ys: tf.randomNormal([64, 10]) }));
