// Actor-critic style trainer: the optimizer is reached through properties
// the resolver cannot type, and the loss helpers run inside minimize's tidy.
import * as tf from '@tensorflow/tfjs';

export class Critic {
  constructor(model) {
    this.model = model;
    this.gamma = 0.99;
  }

  tdError(states, rewards, nextValues) {
    const targets = rewards.add(nextValues.mul(this.gamma));
    return targets.sub(this.model.predict(states));
  }

  criticLoss(states, rewards, nextValues) {
    return this.tdError(states, rewards, nextValues).square().mean();
  }

  train(states, rewards, nextStates) {
    const nextValues = tf.tidy(() => this.model.predict(nextStates));
    this.model.optimizer.minimize(() => this.criticLoss(states, rewards, nextValues));
    nextValues.dispose();
  }
}

export function fitLine(agent, xs, ys) {
  const lossFn = () => agent.net.predict(xs).sub(ys).square().mean();
  for (let i = 0; i < 200; i++) {
    agent.net.optimizer.minimize(lossFn);
  }
}
