// A leak in the first training phase (a prediction per epoch of fit) that
// stops growing once the leak-free fine-tuning loop after it starts.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
const xs = tf.randomNormal([32, 2]);
const ys = tf.randomNormal([32, 1]);
const probe = tf.ones([1, 2]);

await model.fit(xs, ys, {
  epochs: 6,
  batchSize: 8,
  callbacks: {
    onEpochEnd: async (epoch) => {
      const p = model.predict(probe); // want "LayersModel.predict allocates tensors that are never freed"
      console.log(epoch, (await p.data())[0]);
    },
  },
});

const optimizer = tf.train.adam(0.01);
for (let i = 0; i < 30; i++) {
  optimizer.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs)));
}
