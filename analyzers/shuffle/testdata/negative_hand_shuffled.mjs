// The code shuffles its arrays itself before every epoch, so shuffle: false
// in fit only keeps tfjs from doing it a second time.
import * as tf from '@tensorflow/tfjs';

export async function train(model, images, labels, epochs) {
  const indices = new Uint32Array(images.length).map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    tf.util.shuffle(indices);
    const xs = tf.tidy(() => tf.stack(Array.from(indices, (i) => images[i])));
    const ys = tf.tidy(() => tf.stack(Array.from(indices, (i) => labels[i])));
    await model.fit(xs, ys, { epochs: 1, batchSize: 32, shuffle: false });
    tf.dispose([xs, ys]);
  }
}

export async function trainDataset(model, samples) {
  const mixed = samples.slice().sort(() => Math.random() - 0.5);
  const ds = tf.data.array(mixed).batch(32);
  await model.fitDataset(ds, { epochs: 1 });
}
