// An image tagger written as a class: every animation frame it classifies
// the current canvas and shows the three most likely tags. The tf.topk
// result ({values, indices}) is never disposed: two tensors leak per frame.
import * as tf from '@tensorflow/tfjs';

const TAGS = ['cat', 'dog', 'bird', 'car', 'tree', 'boat', 'cup', 'book'];

class Tagger {
  constructor(canvas, list) {
    this.canvas = canvas;
    this.list = list;
    this.model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [24, 24, 3], filters: 4, kernelSize: 3, strides: 3, activation: 'relu' }),
        tf.layers.globalAveragePooling2d({}),
        tf.layers.dense({ units: TAGS.length, activation: 'softmax' }),
      ],
    });
  }

  probabilities() {
    return tf.tidy(() => {
      const image = tf.browser.fromPixels(this.canvas).toFloat().div(255);
      return this.model.predict(image.expandDims(0)).squeeze();
    });
  }

  async showTopTags() {
    const probs = this.probabilities();
    const top = tf.topk(probs, 3);
    const [scores, ids] = await Promise.all([top.values.data(), top.indices.data()]);
    probs.dispose();
    this.list.textContent = Array.from(ids, (id, i) => `${TAGS[id]} ${scores[i].toFixed(2)}`).join(', ');
    console.log(this.list.textContent);
  }

  start() {
    const loop = async () => {
      await this.showTopTags();
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }
}

const canvas = document.getElementById('photo');
canvas.width = 24;
canvas.height = 24;
new Tagger(canvas, document.getElementById('tags')).start();
