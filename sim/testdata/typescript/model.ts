// The model and the input pipeline of train.ts, written the way TypeScript
// tfjs projects write them: typed configs, typed helpers, casts.
import * as tf from '@tensorflow/tfjs';

export interface ModelConfig {
  readonly inputSize: number;
  readonly hidden: number[];
  readonly classes: number;
  readonly learningRate?: number;
}

export type Batch = { xs: tf.Tensor2D; ys: tf.Tensor2D };

export function buildModel(config: ModelConfig): tf.Sequential {
  const model: tf.Sequential = tf.sequential({ name: 'classifier' });
  config.hidden.forEach((units: number, i: number) => {
    model.add(
      tf.layers.dense({
        units,
        activation: 'relu',
        ...(i === 0 ? { inputShape: [config.inputSize] } : {}),
      }),
    );
  });
  model.add(tf.layers.dense({ units: config.classes, activation: 'softmax' }));
  return model;
}

// normalize scales a batch to zero mean; the centred copy it makes first
// is never disposed (one tensor per call).
export function normalize(x: tf.Tensor2D, mean: tf.Tensor1D, std: tf.Tensor1D): tf.Tensor2D {
  const centred = x.sub(mean) as tf.Tensor2D;
  return tf.tidy((): tf.Tensor2D => centred.div(std));
}
