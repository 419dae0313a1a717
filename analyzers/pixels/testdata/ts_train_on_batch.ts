// A class that trains on canvas frames batch by batch.
import * as tf from '@tensorflow/tfjs';

export class Trainer {
  private model: tf.Sequential;

  constructor() {
    this.model = tf.sequential({
      layers: [
        tf.layers.flatten({inputShape: [32, 32, 3]}),
        tf.layers.dense({units: 32, activation: 'relu'}),
        tf.layers.dense({units: 4, activation: 'softmax'}),
      ],
    });
    this.model.compile({optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy'});
  }

  async step(canvases: HTMLCanvasElement[], labels: number[]): Promise<void> {
    const xs = tf.stack(canvases.map(c => tf.browser.fromPixels(c).toFloat()));
    const ys = tf.oneHot(tf.tensor1d(labels, 'int32'), 4);
    await this.model.trainOnBatch(xs, ys); // want "trainOnBatch gets raw pixel values"
    tf.dispose([xs, ys]);
  }
}
