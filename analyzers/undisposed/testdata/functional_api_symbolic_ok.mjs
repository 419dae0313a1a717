// The functional API: tf.input and layer.apply on symbolic inputs build a graph,
// they allocate no tensor memory, so nothing here needs dispose().
import * as tf from '@tensorflow/tfjs';

export function buildResidualRegressor(numFeatures) {
  const input = tf.input({ shape: [numFeatures] });
  const dense1 = tf.layers.dense({ units: 32, activation: 'relu' });
  const dense2 = tf.layers.dense({ units: 32 });
  const hidden = dense1.apply(input);
  const update = dense2.apply(hidden);
  const residual = tf.layers.add().apply([hidden, update]);
  const activated = tf.layers.activation({ activation: 'relu' }).apply(residual);
  const output = tf.layers.dense({ units: 1 }).apply(activated);
  return tf.model({ inputs: input, outputs: output });
}

export function buildTwoTower(vocabSize) {
  const queryIn = tf.input({ shape: [8], dtype: 'int32' });
  const docIn = tf.input({ shape: [8], dtype: 'int32' });
  const embed = tf.layers.embedding({ inputDim: vocabSize, outputDim: 16 });
  const pool = tf.layers.globalAveragePooling1d();
  const query = pool.apply(embed.apply(queryIn));
  const doc = tf.layers.globalAveragePooling1d().apply(embed.apply(docIn));
  const score = tf.layers.dot({ axes: 1, normalize: true }).apply([query, doc]);
  return tf.model({ inputs: [queryIn, docIn], outputs: score });
}

// A concrete tensor through the same kind of call is real memory, and is released.
export async function firstLayerActivations(model, rows) {
  const x = tf.tensor2d(rows);
  const activations = model.layers[1].apply(x);
  const values = await activations.array();
  tf.dispose([x, activations]);
  return values;
}
