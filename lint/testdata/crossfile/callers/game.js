import * as tf from '@tensorflow/tfjs';
import Agent from './agent.js';
import { normalize } from './features.js';

class Game {
  constructor() {
    this.agent = new Agent();
    this.state = [0, 0, 0, 0];
  }

  step(action) {
    this.state = this.state.map((v, i) => v + (i === action ? 1 : -1) * Math.random());
    return this.state[0] > 10;
  }

  async play() {
    let done = false;
    while (!done) {
      const input = tf.tidy(() => normalize(tf.tensor1d(this.state)));
      const features = await input.array();
      input.dispose();
      const action = this.agent.act(features);
      done = this.step(action);
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    console.log(this.agent.summary());
  }
}

new Game().play();
