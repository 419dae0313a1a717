import * as tf from '@tensorflow/tfjs';

// Photos the user uploads, one label per upload; a helper turns them into
// tensors when Train is clicked.
const uploads = {images: [], labels: []};
const model = tf.sequential({
  layers: [
    tf.layers.conv2d({inputShape: [96, 96, 3], filters: 16, kernelSize: 3, activation: 'relu'}),
    tf.layers.globalAveragePooling2d({}),
    tf.layers.dense({units: 2, activation: 'softmax'}),
  ],
});
model.compile({optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy']});

document.querySelector('#photo').addEventListener('change', (event) => {
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 96;
    canvas.getContext('2d').drawImage(img, 0, 0, 96, 96);
    uploads.images.push(tf.tidy(() => tf.browser.fromPixels(canvas).toFloat().div(255)));
    uploads.labels.push(Number(document.querySelector('#label').value));
  };
  img.src = URL.createObjectURL(event.target.files[0]);
});

function batch() {
  return {
    xs: tf.stack(uploads.images),
    ys: tf.oneHot(tf.tensor1d(uploads.labels, 'int32'), 2),
  };
}

document.querySelector('#train').addEventListener('click', async () => {
  const {xs, ys} = batch();
  await model.fit(xs, ys, {epochs: 15, batchSize: 8}); // want "fit trains on examples the user collects \\(the capture on line 22, kept per change\\)"
  tf.dispose([xs, ys]);
});
