// A worker-side trainer that keeps its promises and hands them out.
import * as tf from '@tensorflow/tfjs';

function track(label, promise) {
  const started = performance.now();
  return promise.then((result) => {
    console.log(`${label} took ${performance.now() - started} ms`);
    return result;
  });
}

export class BackgroundTrainer {
  constructor(model) {
    this.model = model;
    this.training = null;
    this.pendingSaves = [];
  }

  start(xs, ys) {
    this.training = this.model.fit(xs, ys, { epochs: 30, batchSize: 32 });
    return this;
  }

  async finished() {
    const history = await this.training;
    return history.history;
  }

  checkpoint() {
    this.pendingSaves.push(this.model.save('indexeddb://checkpoint'));
  }

  timed(xs, ys) {
    return track('fit', this.model.fit(xs, ys, { epochs: 1 }));
  }

  async trainAll(datasets) {
    const results = await Promise.allSettled(datasets.map(async (ds) => this.model.fitDataset(ds, { epochs: 1 })));
    return results.filter((r) => r.status === 'fulfilled').length;
  }

  state() {
    return { training: this.training, saves: this.pendingSaves, flush: this.model.save('indexeddb://flush') };
  }
}

export function * fitGenerator(model, batches) {
  for (const { xs, ys } of batches) {
    yield model.trainOnBatch(xs, ys);
  }
}

tf.setBackend('webgl');
