// A reusable trainer class for small tabular classifiers (ES module).
//
//   import { TabularClassifier } from './class_trainer.js';
//   const clf = new TabularClassifier({ numFeatures: 4, classes: ['a', 'b', 'c'] });
//   await clf.train(rows, labels, { onEpoch: console.log });
//   const probs = await clf.predictProba(rows.slice(0, 3));
//   await clf.save('indexeddb://my-classifier');

import * as tf from '@tensorflow/tfjs';

export class TabularClassifier {
  constructor({ numFeatures, classes, hiddenUnits = 32, learningRate = 0.003 }) {
    this.numFeatures = numFeatures;
    this.classes = classes;
    this.mean = null;
    this.std = null;
    this.model = tf.sequential();
    this.model.add(tf.layers.dense({ inputShape: [numFeatures], units: hiddenUnits, activation: 'relu' }));
    this.model.add(tf.layers.batchNormalization());
    this.model.add(tf.layers.dense({ units: hiddenUnits, activation: 'relu' }));
    this.model.add(tf.layers.dense({ units: classes.length, activation: 'softmax' }));
    this.model.compile({
      optimizer: tf.train.adam(learningRate),
      loss: 'sparseCategoricalCrossentropy',
      metrics: ['accuracy'],
    });
  }

  // Fit the normalization on the training rows; keep the statistics for prediction.
  setNormalization(xs) {
    tf.dispose([this.mean, this.std]);
    const { mean, variance } = tf.moments(xs, 0);
    this.mean = mean;
    this.std = tf.tidy(() => variance.sqrt().add(1e-6));
    variance.dispose();
  }

  normalize(xs) {
    return tf.tidy(() => xs.sub(this.mean).div(this.std));
  }

  async train(rows, labels, { epochs = 25, batchSize = 32, onEpoch = () => {} } = {}) {
    const raw = tf.tensor2d(rows, [rows.length, this.numFeatures]);
    const ys = tf.tensor1d(labels, 'float32');
    this.setNormalization(raw);
    const xs = this.normalize(raw);
    try {
      const history = await this.model.fit(xs, ys, {
        epochs,
        batchSize,
        validationSplit: 0.2,
        callbacks: [
          tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: 5 }),
          new tf.CustomCallback({ onEpochEnd: (epoch, logs) => onEpoch(epoch, logs) }),
        ],
      });
      return history.history;
    } finally {
      tf.dispose([raw, ys, xs]);
    }
  }

  async predictProba(rows) {
    const probs = tf.tidy(() => {
      const xs = this.normalize(tf.tensor2d(rows, [rows.length, this.numFeatures]));
      return this.model.predict(xs);
    });
    const values = await probs.array();
    probs.dispose();
    return values;
  }

  async predict(rows) {
    const probabilities = await this.predictProba(rows);
    return probabilities.map((p) => this.classes[p.indexOf(Math.max(...p))]);
  }

  async save(url) {
    this.model.setUserDefinedMetadata({
      classes: this.classes,
      mean: Array.from(await this.mean.data()),
      std: Array.from(await this.std.data()),
    });
    return this.model.save(url);
  }

  dispose() {
    tf.dispose([this.mean, this.std]);
    this.model.dispose();
  }
}

// Example: the classic iris-like toy problem with three synthetic species.
export async function demo(save = (clf) => clf.save('indexeddb://toy-species')) {
  const centers = [[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.5, 2.0]];
  const rows = [];
  const labels = [];
  for (let i = 0; i < 300; i++) {
    const label = i % 3;
    rows.push(centers[label].map((c) => c + (Math.random() - 0.5) * 0.8));
    labels.push(label);
  }
  const clf = new TabularClassifier({ numFeatures: 4, classes: ['setosa', 'versicolor', 'virginica'] });
  const history = await clf.train(rows, labels, {
    onEpoch: (epoch, logs) => console.log(`epoch ${epoch + 1}: val_acc ${logs.val_acc.toFixed(3)}`),
  });
  console.log(`trained ${history.loss.length} epochs`);
  console.log(await clf.predict([[5.1, 3.5, 1.4, 0.2], [6.7, 3.1, 5.6, 2.4]]));
  await save(clf);
  clf.dispose();
}
