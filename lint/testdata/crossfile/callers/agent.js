import * as tf from '@tensorflow/tfjs';

export default class Agent {
  constructor() {
    this.model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [4], units: 16, activation: 'relu' }),
        tf.layers.dense({ units: 2 }),
      ],
    });
  }

  // Called every step of the game loop in game.js.
  act(state) {
    const q = this.model.predict(tf.tensor2d([state])); // want "undisposed-tensor: `q` from this.model.predict is never disposed: it leaks one tensor per iteration \(called from the loop body in game.js:22\)" "leaked-temporary: the tensor from tf.tensor2d is passed to this.model.predict and never disposed: it leaks one tensor per iteration"
    return q.argMax(-1).dataSync()[0]; // want "leaked-temporary: the tensor from q.argMax" "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per iteration"
  }

  // Called once, after the game.
  summary() {
    const w = this.model.getWeights()[0].abs().mean(); // once: its leak is not worth a finding
    return w.dataSync()[0];
  }
}
