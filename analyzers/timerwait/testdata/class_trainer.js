// A trainer class for a small regression model kept in this.model.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor(model, xs, ys) {
    this.model = model;
    this.xs = xs;
    this.ys = ys;
    this.status = document.getElementById('status');
  }

  sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
  }

  report() {
    const result = this.model.evaluate(this.xs, this.ys);
    this.status.textContent = `mse ${result.dataSync()[0].toFixed(4)}`;
  }

  async train() {
    this.model.fit(this.xs, this.ys, { epochs: 50, batchSize: 8 });
    await new Promise((resolve) => setTimeout(resolve, 2000)); // want "setTimeout waits a fixed 2000 ms for training to finish: await this\\.model\\.fit\\(…\\)"
    this.report();
  }

  trainInBackground() {
    this.model.fit(this.xs, this.ys, { epochs: 50 });
    window.setTimeout(this.report.bind(this), 4000); // want "setTimeout waits a fixed 4000 ms for training to finish: await this\\.model\\.fit"
  }

  async trainBatches(batches) {
    for (const { xs, ys } of batches) {
      this.model.trainOnBatch(xs, ys);
      await this.sleep(1500); // want "this\\.sleep waits a fixed 1500 ms for training to finish: await this\\.model\\.trainOnBatch\\(…\\) instead of guessing"
    }
  }
}

tf.setBackend('webgl');
