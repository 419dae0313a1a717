// Script page: an actor-critic update where the weights meant to be trained go in second place.
class Agent {
  constructor(actor, critic) {
    this.actor = actor;
    this.critic = critic;
    this.actor.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
  }

  trainActor(states) {
    const actorLoss = () => tf.tidy(() => {
      const actions = this.actor.predict(states);
      return this.critic.predict(tf.concat([states, actions], 1)).mean().neg();
    });
    const weights = this.actor.getWeights(true);
    this.actor.optimizer.minimize(actorLoss, weights); // want "^the second parameter of minimize is returnCost, not the variables to train: weights \\(getWeights\\(\\)\\) is ignored and every trainable variable the loss reaches is updated; pass minimize\\(f, false, weights\\) \\(tips 5, 11\\)$"
  }
}
