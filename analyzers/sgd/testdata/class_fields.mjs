// A classifier class in the style of the MNIST tutorials: the model is a class field, its layers are added in
// one method and it is compiled in another, with the rate kept in a static field.
import * as tf from '@tensorflow/tfjs';

export default class DigitClassifier {
  static LEARNING_RATE = 0.005;

  model = tf.sequential();

  buildLayers() {
    this.model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], kernelSize: 5, filters: 8, activation: 'relu' }));
    this.model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
    this.model.add(tf.layers.flatten());
    this.model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  }

  compile() {
    const optimizer = tf.train.sgd(DigitClassifier.LEARNING_RATE); // want "^tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(conv2d layer with activation 'relu', line 11\\): it converges slowly and needs a hand-tuned learning rate; use tf\\.train\\.adam\\(DigitClassifier\\.LEARNING_RATE\\) \\(tip 5\\)$"
    this.model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  }

  async train(batches) {
    this.buildLayers();
    this.compile();
    for (const { xs, ys } of batches) {
      await this.model.trainOnBatch(xs, ys);
      tf.dispose([xs, ys]);
    }
  }
}

// The same shape of class around a softmax regression: one weighted layer, nothing hidden. Plain SGD is fine.
export class LinearProbe {
  constructor(features, classes) {
    this.net = tf.sequential();
    this.net.add(tf.layers.dense({ inputShape: [features], units: classes, activation: 'softmax' }));
    this.optimizer = tf.train.sgd(0.1);
  }

  fit(xs, ys) {
    this.net.compile({ optimizer: this.optimizer, loss: 'categoricalCrossentropy' });
    return this.net.fit(xs, ys, { epochs: 10 });
  }
}
