// TypeScript: a variable list kept in a class field.
import * as tf from '@tensorflow/tfjs';

export class Regressor {
  private a = tf.variable(tf.scalar(Math.random()));
  private b = tf.variable(tf.scalar(Math.random()));
  private vars = [this.a, this.b];
  private optimizer = tf.train.sgd(0.1);

  step(x: tf.Tensor1D, y: tf.Tensor1D) {
    this.optimizer.minimize(() => tf.losses.meanSquaredError(y, x.mul(this.a).add(this.b)), this.vars); // want "this\\.vars is ignored"
  }
}
