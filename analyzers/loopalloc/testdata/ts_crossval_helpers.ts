// TypeScript: k-fold cross-validation that builds each fold's model through
// async factory helpers. A fresh model per fold is the point of the
// method; what matters is whether the fold releases it.
import * as tf from '@tensorflow/tfjs';

interface Config { kind: 'small' | 'deep'; units: number[] }

async function buildSmall(inputs: number): Promise<tf.LayersModel> {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  return model;
}

async function buildDeep(inputs: number, cfg: Config): Promise<tf.LayersModel> {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: cfg.units[0], activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  return model;
}

async function buildModel(inputs: number, cfg: Config): Promise<tf.LayersModel> {
  switch (cfg.kind) {
    case 'deep':
      return buildDeep(inputs, cfg);
    default:
      return buildSmall(inputs);
  }
}

// Each fold disposes its model at the end of the iteration.
export async function crossValidate(xs: tf.Tensor2D, ys: tf.Tensor2D, cfg: Config, folds: number): Promise<number> {
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const model = await buildModel(xs.shape[1], cfg);
    model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });
    await model.fit(xs, ys, { epochs: 5, batchSize: 32 });
    const loss = model.evaluate(xs, ys) as tf.Scalar;
    total += (await loss.data())[0];
    loss.dispose();
    model.dispose();
  }
  return total / folds;
}
