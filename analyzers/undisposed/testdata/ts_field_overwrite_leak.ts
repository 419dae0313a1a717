// TypeScript: tensors kept in class fields declared as tensors, replaced every step without freeing the old one.
import * as tf from '@tensorflow/tfjs';

export class OnlineTrainer {
  private lastLoss: tf.Scalar | null = null;
  private state: tf.Tensor2D;
  private readonly wx: tf.Variable;
  private readonly wh: tf.Variable;
  private steps: number = 0;

  constructor(private readonly cell: tf.LayersModel, private readonly optimizer: tf.Optimizer, units: number) {
    this.state = tf.zeros([1, units]);
    this.wx = tf.variable(tf.randomNormal([units, units]));
    this.wh = tf.variable(tf.randomNormal([units, units]));
  }

  async train(xs: tf.Tensor2D, ys: tf.Tensor2D, epochs: number): Promise<void> {
    for (let epoch = 0; epoch < epochs; epoch++) {
      this.lastLoss = this.optimizer.minimize(() => tf.losses.meanSquaredError(ys, this.cell.predict(xs) as tf.Tensor), true); // want "`this\\.lastLoss` \\(declared a tensor\\) is reassigned to a new tensor"
      this.steps = this.steps + 1;
      await tf.nextFrame();
    }
  }

  async roll(inputs: number[][]): Promise<void> {
    for (const row of inputs) {
      this.state = tf.tidy(() => tf.tanh(tf.tensor2d([row]).matMul(this.wx).add(this.state.matMul(this.wh)))); // want "`this\\.state` \\(declared a tensor\\) is reassigned to a new tensor"
      await tf.nextFrame();
    }
  }
}
