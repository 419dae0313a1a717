// A trainer class with per-batch steps.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  constructor(model, optimizer) {
    this.model = model;
    this.optimizer = optimizer;
  }

  forward(xs) {
    return this.model.predict(xs);
  }

  async trainStep(xs, ys) {
    const h = await this.model.trainOnBatch(xs, ys);
    return h;
  }

  async fitOnce(xs, ys) {
    // this.trainStep is async.
    const loss = tf.tidy(() => this.trainStep(xs, ys)); // want "returns a Promise \\(this\\.trainStep\\(…\\) is async\\)"
    // this.model is not typed, but fit(xs, ys, …) is unmistakable.
    tf.tidy(() => { // want "returns a Promise \\(this\\.model\\.fit\\(…\\) is async\\)"
      const scaled = xs.div(255);
      return this.model.fit(scaled, ys, { epochs: 1 });
    });
    return loss;
  }

  evaluateOrFit(xs, ys, fit) {
    return tf.tidy(() => { // want "returns a Promise \\(this\\.model\\.fit\\(…\\) is async\\)"
      if (fit) {
        try {
          return this.model.fit(xs, ys, { epochs: 1 });
        } finally {
          console.log('fit started');
        }
      }
      return this.model.predict(xs);
    });
  }

  predict(xs) {
    // A sync method passed through bind is fine.
    return tf.tidy(this.forward.bind(this, xs));
  }

  async predictAsync(xs) {
    const probs = tf.tidy(() => this.forward(xs).softmax());
    const values = await probs.data();
    probs.dispose();
    return values;
  }
}
