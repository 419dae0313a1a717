// Classifying the images a user picks: the loop walks the picked files
// (`f = files[i]` stops at the last one), so what predict leaks grows per
// change of the file input, once per file, not without bound.
import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('model/model.json');

async function classify(img) {
  const logits = tf.tidy(() => model.predict(tf.browser.fromPixels(img).toFloat().expandDims(0))); // want "`logits` from tf.tidy is never disposed: it leaks one tensor per iteration \\(called from the loop body on line 21\\), on every change"
  document.getElementById('label').textContent = String(await logits.argMax(1).data()); // want "the tensor from logits.argMax is read with data\\(\\) and never disposed"
}

async function watchQueue(queue) {
  for (let i = 0, job; job = queue.next(); i++) {
    const out = model.predict(job.input); // want "`out` from model.predict is never disposed: it leaks one tensor per iteration"
    job.resolve(await out.data());
  }
}

document.getElementById('files').addEventListener('change', (evt) => {
  for (let i = 0, f; f = evt.target.files[i]; i++) {
    const reader = new FileReader();
    reader.onload = (e) => {
      const img = new Image();
      img.src = e.target.result;
      img.onload = () => classify(img);
    };
    reader.readAsDataURL(f);
  }
});

watchQueue(window.jobs);
