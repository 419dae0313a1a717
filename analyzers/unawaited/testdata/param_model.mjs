// Helpers that take the model as a parameter, as libraries do.
import * as tf from '@tensorflow/tfjs';

export function fineTune(model, images, labels, onProgress) {
  model.fit(images, labels, { // want "model\\.fit\\(…\\) returns a Promise that is never awaited"
    epochs: 3,
    batchSize: 16,
    callbacks: { onBatchEnd: (batch, logs) => onProgress(logs.loss) },
  });
  return model;
}

export const trainOn = (model, dataset) => {
  model.fitDataset(dataset, { epochs: 2 }); // want "model\\.fitDataset\\(…\\) returns a Promise"
  model?.save('indexeddb://fine-tuned'); // the last step: nothing waits for it
};

export function freezeBase(model, trainable) {
  for (const layer of model.layers.slice(0, -2)) layer.trainable = trainable;
  model.compile({ optimizer: tf.train.adam(1e-4), loss: 'categoricalCrossentropy' });
}
