import * as tf from '@tensorflow/tfjs';

interface Sample {
  features: tf.Tensor1D;
  label: number;
}

export class Trainer {
  private samples: Sample[] = [];
  private model: tf.Sequential;
  private base!: tf.GraphModel;

  constructor(private video: HTMLVideoElement, classes: number) {
    this.model = tf.sequential();
    this.model.add(tf.layers.dense({inputShape: [1024], units: 64, activation: 'relu'}));
    this.model.add(tf.layers.dense({units: classes, activation: 'softmax'}));
    this.model.compile({optimizer: tf.train.adam(0.001), loss: 'sparseCategoricalCrossentropy'});
  }

  addSample(label: number): void {
    const features = tf.tidy(() => {
      const frame = tf.browser.fromPixels(this.video).resizeBilinear([224, 224]).toFloat().div(255);
      return (this.base.predict(frame.expandDims()) as tf.Tensor2D).squeeze() as tf.Tensor1D;
    });
    this.samples.push({features, label});
  }

  async train(epochs: number): Promise<tf.History> {
    const xs = tf.stack(this.samples.map((s) => s.features));
    const ys = tf.tensor1d(this.samples.map((s) => s.label), 'float32');
    try {
      return await this.model.fit(xs, ys, {epochs, batchSize: 16, shuffle: true}); // want "fit trains on examples the user collects"
    } finally {
      tf.dispose([xs, ys]);
    }
  }
}
