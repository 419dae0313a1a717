// fit and shuffle methods that are not tfjs's, in a file that uses tfjs.
import * as tf from '@tensorflow/tfjs';

class Pipeline {
  constructor(steps) {
    this.steps = steps;
  }

  fit(x, y, options) {
    for (const step of this.steps) step.fit(x, y, options);
    return this;
  }
}

export function prepare(x, y, samples) {
  const scaler = new Pipeline([{ fit() {} }]);
  scaler.fit(x, y, { shuffle: false });
  const deck = { shuffle: (n) => n, cards: samples };
  deck.shuffle(1);
  return tf.tensor1d(deck.cards);
}
