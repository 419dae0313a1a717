// TypeScript: a model held in a field declared tf.LayersModel, loaded by a helper the file cannot see into;
// only the annotation says this.model.predict makes tensors.
import * as tf from '@tensorflow/tfjs';
import { loadClassifier } from './models';

export class Scorer {
  private model: tf.LayersModel;

  async init(): Promise<void> {
    this.model = await loadClassifier();
  }

  watch(input: tf.Tensor4D, show: (s: number[]) => void): void {
    setInterval(() => {
      const scores = this.model.predict(input) as tf.Tensor; // want "`scores` from this.model.predict is never disposed"
      show(Array.from(scores.dataSync()));
    }, 100);
  }
}
