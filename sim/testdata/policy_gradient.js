// REINFORCE on a toy environment, written as the tfjs-examples cart-pole
// agent is: per-game gradients are kept in arrays indexed by variable name
// (record[varName] = [grad, ...]) and released with tf.dispose(allGradients).
const tf = require('@tensorflow/tfjs');

class PolicyNetwork {
  constructor(hiddenUnits) {
    this.policyNet = tf.sequential();
    this.policyNet.add(tf.layers.dense({units: hiddenUnits, activation: 'elu', inputShape: [4]}));
    this.policyNet.add(tf.layers.dense({units: 1}));
  }

  async train(optimizer, discountRate, numGames, maxStepsPerGame) {
    const allGradients = [];
    const allRewards = [];
    for (let i = 0; i < numGames; ++i) {
      const gameRewards = [];
      const gameGradients = [];
      for (let j = 0; j < maxStepsPerGame; ++j) {
        const gradients = tf.tidy(() => {
          const inputTensor = tf.randomNormal([1, 4]);
          return this.getGradientsAndSaveActions(inputTensor).grads;
        });
        this.pushGradients(gameGradients, gradients);
        gameRewards.push(1);
      }
      allRewards.push(gameRewards);
      allGradients.push(gameGradients);
    }
    tf.tidy(() => {
      const normalizedRewards = discountAndNormalizeRewards(allRewards, discountRate);
      optimizer.applyGradients(scaleAndAverageGradients(allGradients, normalizedRewards));
    });
    tf.dispose(allGradients);
  }

  getGradientsAndSaveActions(inputTensor) {
    const f = () => tf.tidy(() => {
      const logits = this.policyNet.predict(inputTensor);
      const sigmoid = tf.sigmoid(logits);
      const probs = tf.concat([sigmoid, tf.sub(1, sigmoid)], 1);
      const actions = tf.multinomial(probs, 1, null, true);
      this.currentActions = actions.dataSync();
      const labels = tf.sub(1, tf.tensor2d(this.currentActions, actions.shape, 'float32'));
      return tf.losses.sigmoidCrossEntropy(labels, logits).asScalar();
    });
    return tf.variableGrads(f);
  }

  pushGradients(record, gradients) {
    for (const key in gradients) {
      if (key in record) {
        record[key].push(gradients[key]);
      } else {
        record[key] = [gradients[key]];
      }
    }
  }
}

function discountRewards(rewards, discountRate) {
  const discounted = [];
  let r = 0;
  for (let i = rewards.length - 1; i >= 0; --i) {
    r = discountRate * r + rewards[i];
    discounted.unshift(r);
  }
  return tf.tensor1d(discounted);
}

function discountAndNormalizeRewards(rewardSequences, discountRate) {
  return tf.tidy(() => {
    const discounted = rewardSequences.map((s) => discountRewards(s, discountRate));
    const all = tf.concat(discounted);
    const mean = tf.mean(all);
    const std = tf.sqrt(tf.mean(tf.square(all.sub(mean))));
    return discounted.map((rs) => rs.sub(mean).div(std.add(1e-8)));
  });
}

function scaleAndAverageGradients(allGradients, normalizedRewards) {
  return tf.tidy(() => {
    const gradients = {};
    for (const varName in allGradients[0]) {
      gradients[varName] = tf.tidy(() => {
        const varGradients = allGradients.map((g) => tf.stack(g[varName]));
        const expandedDims = [];
        for (let i = 0; i < varGradients[0].rank - 1; ++i) expandedDims.push(1);
        const reshaped = normalizedRewards.map((rs) => rs.reshape(rs.shape.concat(expandedDims)));
        for (let g = 0; g < varGradients.length; ++g) {
          varGradients[g] = varGradients[g].mul(reshaped[g]);
        }
        return tf.mean(tf.concat(varGradients, 0), 0);
      });
    }
    return gradients;
  });
}

async function main() {
  const agent = new PolicyNetwork(8);
  const optimizer = tf.train.adam(0.05);
  for (let iteration = 0; iteration < 8; ++iteration) {
    await agent.train(optimizer, 0.95, 3, 10);
    await tf.nextFrame();
  }
}

main();
