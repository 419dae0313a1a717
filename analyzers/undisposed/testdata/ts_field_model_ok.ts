// TypeScript: the same scorer frees each prediction after reading it.
import * as tf from '@tensorflow/tfjs';
import { loadClassifier } from './models';

export class Scorer {
  private model: tf.LayersModel;

  async init(): Promise<void> {
    this.model = await loadClassifier();
  }

  watch(input: tf.Tensor4D, show: (s: number[]) => void): void {
    setInterval(() => {
      const scores = this.model.predict(input) as tf.Tensor;
      show(Array.from(scores.dataSync()));
      scores.dispose();
    }, 100);
  }
}
