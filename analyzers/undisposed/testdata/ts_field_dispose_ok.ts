// TypeScript: tensor fields whose old value is freed before it is replaced, and fields that hold no tensor.
import * as tf from '@tensorflow/tfjs';

export class OnlineTrainer {
  private lastLoss: tf.Scalar | null = null;
  private state: tf.Tensor2D;
  private readonly wx: tf.Variable;
  private readonly wh: tf.Variable;
  private loss: number = 0;
  private history: number[] = [];

  constructor(private readonly cell: tf.LayersModel, private readonly optimizer: tf.Optimizer, units: number) {
    this.state = tf.zeros([1, units]);
    this.wx = tf.variable(tf.randomNormal([units, units]));
    this.wh = tf.variable(tf.randomNormal([units, units]));
  }

  async train(xs: tf.Tensor2D, ys: tf.Tensor2D, epochs: number): Promise<void> {
    for (let epoch = 0; epoch < epochs; epoch++) {
      this.lastLoss?.dispose();
      this.lastLoss = this.optimizer.minimize(() => tf.losses.meanSquaredError(ys, this.cell.predict(xs) as tf.Tensor), true);
      this.loss = (await this.lastLoss!.data())[0];
      this.history.push(this.loss);
      await tf.nextFrame();
    }
  }

  async roll(inputs: number[][]): Promise<void> {
    for (const row of inputs) {
      const previous = this.state;
      this.state = tf.tidy(() => tf.tanh(tf.tensor2d([row]).matMul(this.wx).add(previous.matMul(this.wh))));
      previous.dispose();
      await tf.nextFrame();
    }
  }

  async rollWithReset(inputs: number[][]): Promise<void> {
    for (const row of inputs) {
      this.reset();
      this.state = tf.tidy(() => this.cell.predict(tf.tensor2d([row])) as tf.Tensor2D);
      await tf.nextFrame();
    }
  }

  reset(): void {
    tf.dispose(this.state);
  }
}
