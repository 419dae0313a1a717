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
    this.status.textContent = `Trained on ${xs.shape[0]} digits`;
    this.model.predict(xs.slice(0, 1)).print();
  }

  // Fire and forget: nothing after it needs the trained model.
  startTraining() {
    const { xs, ys } = this.data.nextTrainBatch(5000);
    this.status.textContent = 'Training…';
    this.model.fit(xs, ys, { epochs: 10, callbacks: { onEpochEnd: (e) => { this.status.textContent = `epoch ${e}`; } } });
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
