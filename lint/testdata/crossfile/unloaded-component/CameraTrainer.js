// A component no file of the run imports: the app that uses it (and may
// save what it trains) is not part of the run.
import * as tf from '@tensorflow/tfjs';

export default class CameraTrainer {
  constructor(video) { // a 32x32 video element
    this.video = video;
    this.examples = [];
    this.labels = [];
    this.model = tf.sequential({layers: [
      tf.layers.flatten({inputShape: [32, 32, 3]}),
      tf.layers.dense({units: 2, activation: 'softmax'}),
    ]});
    this.model.compile({optimizer: 'adam', loss: 'sparseCategoricalCrossentropy'});
  }

  add(label) {
    this.examples.push(tf.tidy(() => tf.browser.fromPixels(this.video).div(255)));
    this.labels.push(label);
  }

  async train() {
    const xs = tf.stack(this.examples);
    const ys = tf.tensor1d(this.labels);
    await this.model.fit(xs, ys, {epochs: 5});
    tf.dispose([xs, ys]);
  }
}
