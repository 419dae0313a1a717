// A trainer class: the model lives in this.model, so the resolver cannot type it.
import * as tf from '@tensorflow/tfjs';

export class DigitTrainer {
  constructor(model, data) {
    this.model = model;
    this.data = data;
    this.status = document.querySelector('#status');
  }

  train(epochs = 10) {
    const { xs, ys } = this.data.nextTrainBatch(5000);
    this.model.fit(xs, ys, { epochs, batchSize: 64, validationSplit: 0.1 }); // want "this\\.model\\.fit\\(…\\) returns a Promise that is never awaited"
    this.status.textContent = 'Training finished';
  }

  trainAndReport() {
    const { xs, ys } = this.data.nextTrainBatch(5000);
    const history = this.model.fit(xs, ys, { epochs: 5, batchSize: 64 }); // want "this\\.model\\.fit\\(…\\) returns a Promise that is never awaited"
    const losses = history.history.loss;
    this.status.textContent = `final loss ${losses[losses.length - 1]}`;
  }

  async stepOnce() {
    const batch = this.data.nextTrainBatch(64);
    this.model.trainOnBatch(batch.xs, batch.ys); // want "this\\.model\\.trainOnBatch\\(…\\) returns a Promise that is never awaited"
    tf.dispose(batch);
  }
}
