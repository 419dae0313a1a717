import * as tf from '@tensorflow/tfjs';

// A game agent that learns from the screen: each frame it captures is
// consumed by the training step that reads it, not kept for later.
export class ScreenAgent {
  private replay: tf.Tensor3D[] = [];
  constructor(private screen: HTMLCanvasElement, private model: tf.LayersModel) {}

  async step(reward: number): Promise<void> {
    const frame = tf.browser.fromPixels(this.screen).toFloat().div(255) as tf.Tensor3D;
    this.replay.push(frame);
    if (this.replay.length > 32) {
      tf.dispose(this.replay.shift());
    }
    const xs = tf.stack(this.replay);
    const ys = tf.fill([this.replay.length, 1], reward);
    await this.model.trainOnBatch(xs, ys);
    tf.dispose([xs, ys]);
  }
}

const canvas = document.querySelector('canvas') as HTMLCanvasElement;
const model = tf.sequential({layers: [tf.layers.flatten({inputShape: [84, 84, 3]}), tf.layers.dense({units: 1})]});
model.compile({optimizer: 'adam', loss: 'meanSquaredError'});
const agent = new ScreenAgent(canvas, model);
setInterval(() => agent.step(Math.random()), 100);
