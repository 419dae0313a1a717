import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [8] })] });
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

// 200 epochs with a progress log only.
export async function train(xs, ys) {
  await model.fit(xs, ys, {
    epochs: 200, // want "^fit runs 200 epochs at one fixed learning rate and never stops early: add tf.callbacks.earlyStopping\\(\\{monitor: 'val_loss', patience: 10\\}\\) \\(with validation data\\), or lower the rate as training goes \\(optimizer.learningRate in onEpochEnd\\) \\(tip 6\\)$"
    batchSize: 32,
    validationSplit: 0.2,
    callbacks: { onEpochEnd: (epoch, logs) => console.log(epoch, logs.loss) },
  });
}
