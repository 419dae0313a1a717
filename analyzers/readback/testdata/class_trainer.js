// Evaluation inside a trainer class; the model is not typed by the resolver.
import * as tf from '@tensorflow/tfjs';

export class Evaluator {
  constructor(model, video) {
    this.model = model;
    this.video = video;
  }

  // Called once per epoch by the onEpochEnd callback of train().
  async accuracy(xs, labels) {
    const predicted = this.model.predict(xs).argMax(-1).dataSync(); // want "once per epoch .*; in this async function use \\(await this\\.model\\.predict\\(xs\\)\\.argMax\\(-1\\)\\.data\\(\\)\\)"
    const expected = labels.argMax(-1).dataSync(); // want "in this async function use \\(await labels\\.argMax\\(-1\\)\\.data\\(\\)\\)"
    return predicted.filter((p, i) => p === expected[i]).length / predicted.length;
  }

  // Called on every animation frame by start().
  async detect(frame) {
    const boxes = (await this.model.executeAsync(frame)).arraySync(); // want "once per frame .*in this async function use \\(await \\(await this\\.model\\.executeAsync\\(frame\\)\\)\\.array\\(\\)\\)"
    return boxes;
  }

  start(render) {
    const tick = async () => {
      render(await this.detect(this.video));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  train(xs, ys, onLoss) {
    return this.model.fit(xs, ys, {
      epochs: 10,
      callbacks: {
        onBatchEnd: (batch, logs) => {
          const w = this.model.getWeights()[0];
          onLoss(logs.loss, w.norm().dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per batch \\(fit has already waited for the step's logs\\): use await x\\.data\\(\\) in an async callback \\(tip 17\\)$"
        },
        onEpochEnd: async () => {
          console.log('accuracy', await this.accuracy(xs, ys));
        },
      },
    });
  }

  summary(t) {
    // Callers are out of sight (the class is exported): not reported.
    return t.mean().dataSync()[0];
  }
}
