// Async inference and training helpers (ES module) of a page.
import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('indexeddb://digits');

// Runs once per chosen file (see the change handler below): info.
async function classify(image) {
  const probs = model.predict(image.expandDims(0));
  const values = probs.dataSync(); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per change \\(called from the 'change' handler on line 38\\); in this async function use \\(await probs\\.data\\(\\)\\) \\(tip 17\\)$"
  const top = probs.argMax(-1).arraySync()[0]; // want "arraySync\\(\\) blocks the UI thread .*; in this async function use \\(await probs\\.argMax\\(-1\\)\\.array\\(\\)\\)"
  probs.dispose();
  return { top, confidence: values[top] };
}

export async function train(xs, ys, steps) {
  const optimizer = tf.train.adam(0.01);
  for (let step = 0; step < steps; step++) {
    const cost = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(ys, model.predict(xs)), true);
    if (step % 10 === 0) {
      console.log(`step ${step}: ${cost.dataSync()[0].toFixed(4)}`); // want "dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step; .* use \\(await cost\\.data\\(\\)\\)"
    }
    cost.dispose();
    await tf.nextFrame();
  }
}

export async function histogram(t, bins) {
  const buf = (await tf.tidy(() => t.flatten().floor()).buffer()).values;
  return Array.from({ length: bins }, (_, i) => buf.filter((v) => v === i).length);
}

async function label(image) {
  // Inside tidy there is no await: return the tensor instead.
  const index = tf.tidy(() => model.predict(image.expandDims(0)).argMax(-1).dataSync()[0]); // want "dataSync\\(\\) blocks the UI thread .*; this tidy runs in an async function: return the tensor from it and read it with \\(await t\\.data\\(\\)\\)"
  return index;
}

document.querySelector('#file').addEventListener('change', async (event) => {
  const image = tf.browser.fromPixels(await createImageBitmap(event.target.files[0]));
  console.log(await classify(image), await label(image));
  image.dispose();
});

export async function summarize(t) {
  // Exported: its callers are out of sight, so it is not reported.
  return t.mean().dataSync()[0];
}
