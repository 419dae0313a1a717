import { describe, it, expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { scoreText } from './scorer';

const samples: number[][] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];

describe('scoreText', () => {
  it('scores every validation sample', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 4, activation: 'softmax' })] });
    samples.forEach((codes) => {
      expect(scoreText(model, codes)).toBeLessThan(4);
    });
  });
});
