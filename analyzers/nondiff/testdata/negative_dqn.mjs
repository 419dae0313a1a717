import * as tf from '@tensorflow/tfjs';

// Double DQN: argMax picks actions for a mask; the Q values carry the
// gradient through the product.
export function trainStep(online, optimizer, states, actions, targets, numActions) {
  return optimizer.minimize(() => {
    const q = online.predict(states);
    const best = q.argMax(-1);
    const chosen = q.mul(tf.oneHot(actions, numActions)).sum(-1);
    const greedy = q.mul(tf.oneHot(best, numActions)).sum(-1);
    return tf.losses.meanSquaredError(targets, chosen).add(greedy.mul(0.01).mean());
  }, true);
}
