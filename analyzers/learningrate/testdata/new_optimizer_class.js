// Optimizers constructed from their classes instead of the tf.train factories.
import * as tf from '@tensorflow/tfjs';

export function makeOptimizers() {
  return {
    adam: new tf.AdamOptimizer(0.5, 0.9, 0.999), // want "learning rate 0\\.5 for tf\\.(train\\.adam|AdamOptimizer) is above"
    sgd: new tf.SGDOptimizer(3), // want "learning rate 3 for tf\\.(train\\.sgd|SGDOptimizer) is above"
    momentum: new tf.MomentumOptimizer(1.3, 0.9), // want "learning rate 1\\.3 for tf\\.(train\\.momentum|MomentumOptimizer) is above"
    rmsprop: new tf.RMSPropOptimizer(1e-8, 0.9), // want "learning rate 1e-08 for tf\\.(train\\.rmsprop|RMSPropOptimizer) is below"
    okAdam: new tf.AdamOptimizer(0.001, 0.9, 0.999),
    okMomentum: new tf.MomentumOptimizer(0.01, 0.9),
    okSgd: new tf.SGDOptimizer(1), // the top of the SGD range, inclusive
  };
}

export async function trainWith(name, model, xs, ys) {
  const optimizer = makeOptimizers()[name];
  model.compile({ optimizer, loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 10, batchSize: 32 });
  return model;
}
