// TypeScript: the variable list in third place, with returnCost spelled out or computed.
import * as tf from '@tensorflow/tfjs';

export function trainStep(model: tf.LayersModel, opt: tf.Optimizer, xs: tf.Tensor, ys: tf.Tensor, log: boolean) {
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const cost = opt.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs) as tf.Tensor) as tf.Scalar, log, vars);
  cost?.dispose();
  opt.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs) as tf.Tensor) as tf.Scalar, undefined, vars);
}
