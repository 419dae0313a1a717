// Trainer class: the optimizer is created in the constructor and in a method.
import * as tf from '@tensorflow/tfjs';

export class SequenceTrainer {
  constructor(vocabSize, { epochs = 10, learningRate = 0.001 } = {}) {
    this.vocabSize = vocabSize;
    this.epochs = epochs;
    this.learningRate = learningRate;
    this.model = tf.sequential({
      layers: [
        tf.layers.embedding({ inputDim: vocabSize, outputDim: 32, inputLength: 40 }),
        tf.layers.lstm({ units: 64 }),
        tf.layers.dense({ units: vocabSize, activation: 'softmax' }),
      ],
    });
    // Adamax for the embeddings; this rate is far too big for it.
    this.optimizer = tf.train.adamax(0.2); // want "learning rate 0\\.2 for tf\\.train\\.adamax is above"
  }

  compile() {
    this.model.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy' });
  }

  // Uses the configured rate: a property, not a literal, so nothing to report.
  useConfiguredRate() {
    this.optimizer = tf.train.adam(this.learningRate);
    this.compile();
  }

  useRmsprop() {
    this.optimizer = tf.train.rmsprop(0.5, 0.9); // want "learning rate 0\\.5 for tf\\.train\\.rmsprop is above"
    this.compile();
  }

  async train(xs, ys) {
    this.compile();
    return this.model.fit(xs, ys, { epochs: this.epochs, batchSize: 64, validationSplit: 0.1 });
  }
}
