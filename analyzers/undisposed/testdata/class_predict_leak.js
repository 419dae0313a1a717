// A sentiment classifier wrapped in a class; scoring leaks the prediction.
import * as tf from '@tensorflow/tfjs';

export class SentimentModel {
  constructor(vocabSize, maxLen) {
    this.maxLen = maxLen;
    this.model = tf.sequential();
    this.model.add(tf.layers.embedding({ inputDim: vocabSize, outputDim: 16, inputLength: maxLen }));
    this.model.add(tf.layers.globalAveragePooling1d());
    this.model.add(tf.layers.dense({ units: 16, activation: 'relu' }));
    this.model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
    this.model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  }

  async train(sequences, labels, epochs = 10) {
    const xs = tf.tensor2d(sequences, [sequences.length, this.maxLen], 'int32');
    const ys = tf.tensor2d(labels, [labels.length, 1]);
    try {
      return await this.model.fit(xs, ys, { epochs, batchSize: 32, validationSplit: 0.2 });
    } finally {
      tf.dispose([xs, ys]);
    }
  }

  // Probability that each padded sequence is positive.
  async score(sequences) {
    const input = tf.tensor2d(sequences, [sequences.length, this.maxLen], 'int32');
    const out = this.model.predict(input); // want "`out` from (this\\.)?model\\.predict is never disposed"
    input.dispose();
    return Array.from(await out.data());
  }

  // The worst offender in a batch: reads the scores, then forgets the tensor.
  async mostNegative(sequences) {
    const input = tf.tensor2d(sequences, [sequences.length, this.maxLen], 'int32');
    const probs = this.model.predict(input); // want "`probs` from (this\\.)?model\\.predict is never disposed"
    const flat = probs.reshape([-1]);
    const minIndex = flat.argMin();
    const index = (await minIndex.data())[0];
    tf.dispose([input, flat, minIndex]);
    return sequences[index];
  }
}
