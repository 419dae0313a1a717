// Evaluation inside a trainer class; the model is not typed by the resolver.
import * as tf from '@tensorflow/tfjs';

export class Evaluator {
  constructor(model) {
    this.model = model;
  }

  async accuracy(xs, labels) {
    const predicted = this.model.predict(xs).argMax(-1).dataSync(); // want "in this async function use \\(await this\\.model\\.predict\\(xs\\)\\.argMax\\(-1\\)\\.data\\(\\)\\)"
    const expected = labels.argMax(-1).dataSync(); // want "in this async function use \\(await labels\\.argMax\\(-1\\)\\.data\\(\\)\\)"
    return predicted.filter((p, i) => p === expected[i]).length / predicted.length;
  }

  async detect(frame) {
    const boxes = (await this.model.executeAsync(frame)).arraySync(); // want "in this async function use \\(await \\(await this\\.model\\.executeAsync\\(frame\\)\\)\\.array\\(\\)\\)"
    return boxes;
  }

  fitWithProgress(xs, ys, onLoss) {
    return this.model.fit(xs, ys, {
      epochs: 10,
      callbacks: {
        onBatchEnd: (batch, logs) => {
          const w = this.model.getWeights()[0];
          onLoss(logs.loss, w.norm().dataSync()[0]); // want "dataSync\\(\\) in this onBatchEnd callback stalls the GPU pipeline every batch: use await x\\.data\\(\\) in an async callback"
        },
      },
    });
  }

  summary(t) {
    // A synchronous method that is not called in a loop: fine.
    return t.mean().dataSync()[0];
  }
}
