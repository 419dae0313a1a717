// A detector class of a page: its debug output reads everything back, but
// only while someone debugs; the per-frame reads it needs are real stalls.
import * as tf from '@tensorflow/tfjs';

const DEBUG = new URLSearchParams(location.search).has('debug');

export class Detector {
  constructor(model, { debugMode = false } = {}) {
    this.model = model;
    this.debugMode = debugMode;
  }

  detect(frame) {
    const heat = tf.tidy(() => this.model.predict(tf.browser.fromPixels(frame).toFloat().expandDims(0)).squeeze());
    const peaks = heat.argMax(-1).arraySync(); // want "^arraySync\\(\\) blocks the UI thread until the GPU finishes, once per frame \\(called from the requestAnimationFrame callback on line 32\\): use await x\\.array\\(\\) in an async callback \\(tip 17\\)$"
    let extra = null;
    if (this.debugMode) {
      extra = { heat: heat.arraySync(), rows: [heat].map((t) => t.sum(1).arraySync()) }; // want "arraySync\\(\\) .* \\(in a debug-only branch\\)" "arraySync\\(\\) .* \\(in a debug-only branch\\)"
    }
    if (DEBUG && peaks.length > 0) {
      console.log(heat.max().dataSync()); // want "dataSync\\(\\) .* \\(in a debug-only branch\\)"
    }
    heat.dispose();
    return { peaks, extra };
  }
}

const video = document.querySelector('video');
const options = { debug: false };
const detector = new Detector(await tf.loadGraphModel('model/model.json'));

function frame() {
  const { peaks } = detector.detect(video);
  const scores = tf.tidy(() => tf.tensor1d(peaks).softmax());
  if (options.debug) {
    console.table(scores.arraySync()); // want "arraySync\\(\\) .* \\(in a debug-only branch\\)"
  }
  document.title = String(scores.dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per frame: use await x\\.data\\(\\) in an async callback \\(tip 17\\)$"
  scores.dispose();
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
