// A tf.data pipeline: map() runs inside tidy, mapAsync() does not.
import * as tf from '@tensorflow/tfjs';

const IMAGE_SIZE = 32;

const model = tf.sequential({
  layers: [
    tf.layers.conv2d({ inputShape: [IMAGE_SIZE, IMAGE_SIZE, 3], filters: 8, kernelSize: 3, activation: 'relu' }),
    tf.layers.globalAveragePooling2d({}),
    tf.layers.dense({ units: 2, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

async function decode(sample) {
  const bitmap = await createImageBitmap(sample.blob, { resizeWidth: IMAGE_SIZE, resizeHeight: IMAGE_SIZE });
  return tf.browser.fromPixels(bitmap);
}

export function catsAndDogs(samples) {
  return tf.data
    .array(samples)
    .mapAsync(async (sample) => {
      const pixels = await decode(sample);
      const xs = pixels.toFloat().div(255); // want "intermediate tensor from"
      pixels.dispose();
      const ys = tf.oneHot(tf.scalar(sample.label, 'int32'), 2); // want "never disposed|intermediate tensor"
      return { xs, ys };
    })
    .map(({ xs, ys }) => ({ xs: xs.sub(0.5).mul(2), ys }))
    .shuffle(256)
    .batch(32);
}

export async function train(samples) {
  const ds = catsAndDogs(samples);
  return model.fitDataset(ds, { epochs: 5 });
}
