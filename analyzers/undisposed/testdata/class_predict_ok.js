// A trainer class whose methods release every prediction they make.
import * as tf from '@tensorflow/tfjs';

export class DigitTrainer {
  constructor() {
    this.model = tf.sequential();
    this.model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 5, activation: 'relu' }));
    this.model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    this.model.add(tf.layers.flatten());
    this.model.add(tf.layers.dense({ units: 10, activation: 'softmax', name: 'logits' }));
    this.model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  }

  async fit(images, labels) {
    return this.model.fit(images, labels, { epochs: 5, batchSize: 128, validationSplit: 0.1 });
  }

  async classify(image) {
    const probs = tf.tidy(() => this.model.predict(image.reshape([1, 28, 28, 1]).div(255)));
    const scores = await probs.data();
    probs.dispose();
    return scores.indexOf(Math.max(...scores));
  }

  async classifyBatch(images) {
    const predicted = tf.tidy(() => this.model.predict(images).argMax(-1));
    const classes = Array.from(await predicted.data());
    predicted.dispose();
    return classes;
  }

  // The layer's own weights: reading their shapes allocates nothing.
  describeOutputLayer() {
    const [kernel, bias] = this.model.getLayer('logits').getWeights();
    return `logits: kernel ${kernel.shape.join('x')}, bias ${bias.shape.join('x')}`;
  }

  dispose() {
    this.model.dispose();
  }
}
