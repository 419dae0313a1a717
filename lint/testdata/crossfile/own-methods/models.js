// Segmentation wrappers: predict() draws the mask and returns the time it
// took; it disposes the overlay it is handed. Classifier.predict returns the
// model's output, which its caller owns.
import * as tf from '@tensorflow/tfjs';

export class UNet {
  constructor(size) {
    this.size = size;
  }

  async load(url) {
    this.model = await tf.loadLayersModel(url);
  }

  async predict(image, overlay) {
    const t0 = performance.now();
    const mask = tf.tidy(() => this.model.predict(image.expandDims(0)).squeeze());
    await tf.browser.toPixels(mask, document.getElementById('mask'));
    tf.dispose([mask, overlay]);
    return performance.now() - t0;
  }
}

export class FastSCNN {
  async load(url) {
    this.model = await tf.loadGraphModel(url);
  }

  async predict(image, overlay) {
    const t0 = performance.now();
    const mask = tf.tidy(() => this.model.predict(image.toFloat().expandDims(0)).squeeze());
    await tf.browser.toPixels(mask, document.getElementById('mask'));
    mask.dispose();
    if (overlay) overlay.dispose();
    return performance.now() - t0;
  }
}

export class Classifier {
  constructor() {
    this.model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3, activation: 'softmax' })] });
  }

  predict(features) {
    return tf.tidy(() => this.model.predict(features.div(10)));
  }
}
