// A TypeScript sentiment classifier: annotated fields and parameters, and a
// prediction that scoring never frees. No fix is offered: the read ends in a
// cast (`as Float32Array`) that the parsed JavaScript lacks, so where the
// statement ends in this file is not something the fix can rely on.
import * as tf from '@tensorflow/tfjs';

export interface ScoredText {
  text: string;
  score: number;
}

export class SentimentModel {
  private readonly model: tf.Sequential;

  constructor(vocabSize: number, private maxLen: number) {
    this.model = tf.sequential();
    this.model.add(tf.layers.embedding({ inputDim: vocabSize, outputDim: 16, inputLength: maxLen }));
    this.model.add(tf.layers.globalAveragePooling1d());
    this.model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
    this.model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy' });
  }

  async score(texts: string[], sequences: number[][]): Promise<ScoredText[]> {
    const input = tf.tensor2d(sequences, [sequences.length, this.maxLen], 'int32');
    const out = this.model.predict(input) as tf.Tensor; // want "`out` from (this\\.)?model\\.predict is never disposed"
    input.dispose();
    const scores = (await out.data()) as Float32Array;
    return texts.map((text, i): ScoredText => ({ text, score: scores[i] }));
  }
}
