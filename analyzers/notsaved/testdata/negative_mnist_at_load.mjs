import * as tf from '@tensorflow/tfjs';

const IMAGE_SIZE = 784;

class MnistData {
  async load() {
    const img = new Image();
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    this.images = await new Promise((resolve) => {
      img.onload = () => {
        canvas.width = img.width;
        canvas.height = 5000;
        const bytes = new Float32Array(IMAGE_SIZE * 5000);
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let j = 0; j < data.data.length / 4; j++) {
          bytes[j] = data.data[j * 4] / 255;
        }
        resolve(bytes);
      };
      img.src = 'mnist_images.png';
    });
  }
}

async function run() {
  const data = new MnistData();
  await data.load();
  const model = tf.sequential({layers: [tf.layers.dense({inputShape: [IMAGE_SIZE], units: 10, activation: 'softmax'})]});
  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
  const xs = tf.tensor2d(data.images, [5000, IMAGE_SIZE]);
  const ys = tf.oneHot(tf.randomUniform([5000], 0, 10, 'int32'), 10);
  await model.fit(xs, ys, {epochs: 10, batchSize: 512});
}

document.addEventListener('DOMContentLoaded', run);
