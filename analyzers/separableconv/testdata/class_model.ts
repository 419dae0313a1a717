import * as tf from '@tensorflow/tfjs';

// A TypeScript class that builds its model in the constructor.
export class Classifier {
  private readonly model: tf.Sequential;

  constructor(private readonly classes: number) {
    this.model = tf.sequential();
    this.model.add(tf.layers.conv2d({ inputShape: [96, 96, 3], filters: 48, kernelSize: 3, strides: 2 }));
    this.model.add(tf.layers.reLU());
    this.model.add(tf.layers.conv2d({ filters: 96, kernelSize: 3 })); // want "\\(3×3 kernel, 48 input channels, 96 filters\\) has 41,568 weights; .* would have 5,136 "
    this.model.add(tf.layers.flatten());
    this.model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  }
}
