// Destructured layers namespace used per batch.
import * as tfjs from '@tensorflow/tfjs';

const tf = tfjs;
const { layers, tidy } = tf;
const model = tf.sequential({ layers: [layers.dense({ inputShape: [4], units: 2 })] });

export function scoreBatches(batches) {
  return batches.map((batch) => tidy(() => {
    // A new normalization layer for every batch, applied before predicting.
    const norm = layers.layerNormalization(); // want "tf\\.layers\\.layerNormalization is created every element \\(this map callback runs for every element\\)"
    return model.predict(norm.apply(batch)).max().dataSync()[0];
  }));
}

export function functional(input, widths) {
  // Functional API: chaining layers in a loop builds the graph once.
  let x = input;
  for (const units of widths) {
    x = layers.dense({ units, activation: 'relu' }).apply(x);
  }
  return tf.model({ inputs: input, outputs: x });
}
