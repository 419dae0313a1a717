// A hand-written RNN cell in a class: the hidden state is replaced every time step.
import * as tf from '@tensorflow/tfjs';

function weight(shape) {
  return tf.tidy(() => tf.variable(tf.randomNormal(shape, 0, 0.05)));
}

export class CharRNN {
  constructor(vocabSize, hiddenSize) {
    this.vocabSize = vocabSize;
    this.hiddenSize = hiddenSize;
    this.wx = weight([vocabSize, hiddenSize]);
    this.wh = weight([hiddenSize, hiddenSize]);
    this.wy = weight([hiddenSize, vocabSize]);
    this.optimizer = tf.train.adam(0.005);
  }

  cell(x, h) {
    return tf.tidy(() => x.matMul(this.wx).add(h.matMul(this.wh)).tanh());
  }

  // Sample `length` characters after a seed character.
  async sample(seedId, length) {
    let h = tf.zeros([1, this.hiddenSize]);
    let id = seedId;
    const out = [];
    for (let t = 0; t < length; t++) {
      const x = tf.tidy(() => tf.oneHot([id], this.vocabSize).toFloat());
      h = this.cell(x, h); // want "`h` is reassigned to a new tensor"
      const logits = h.matMul(this.wy);
      const next = tf.multinomial(logits, 1);
      id = (await next.data())[0];
      out.push(id);
      tf.dispose([x, logits, next]);
    }
    h.dispose();
    return out;
  }

  // One step of truncated BPTT over a short sequence of ids.
  trainStep(ids) {
    const cost = this.optimizer.minimize(() => {
      let h = tf.zeros([1, this.hiddenSize]);
      let loss = tf.scalar(0);
      for (let t = 0; t + 1 < ids.length; t++) {
        h = this.cell(tf.oneHot([ids[t]], this.vocabSize).toFloat(), h);
        const target = tf.oneHot([ids[t + 1]], this.vocabSize);
        loss = loss.add(tf.losses.softmaxCrossEntropy(target, h.matMul(this.wy)));
      }
      return loss.div(ids.length - 1);
    }, true);
    const value = cost.dataSync()[0];
    cost.dispose();
    return value;
  }
}
