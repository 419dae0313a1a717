// A policy-gradient agent class: only the worker loads it, so its reads
// block the worker's own loop, never the page.
import * as tf from '@tensorflow/tfjs';

export class Agent {
  constructor(observations, actions) {
    this.policy = tf.sequential({
      layers: [tf.layers.dense({ units: actions, inputShape: [observations], activation: 'softmax' })],
    });
  }

  async run(steps, report) {
    let observation = [0, 0, 0, 0];
    for (let step = 0; step < steps; step++) {
      const probs = tf.tidy(() => this.policy.predict(tf.tensor2d([observation])));
      const [left] = probs.arraySync()[0]; // want "sync-readback: arraySync\(\) blocks the UI thread until the GPU finishes, once per iteration \(in a Web Worker: no page waits for it\); in this async function use \(await probs\.array\(\)\) \(tip 17\)$"
      probs.dispose();
      observation = observation.map((v) => v + (Math.random() < left ? -1 : 1) * 0.01);
      report(observation);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
