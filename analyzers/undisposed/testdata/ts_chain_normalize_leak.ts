// Standardizing features in TypeScript, outside tf.tidy: each chain leaves
// its first step behind.
import * as tf from '@tensorflow/tfjs';

function standardize(x: tf.Tensor2D, mean: tf.Tensor, std: tf.Tensor): tf.Tensor2D {
  return x.sub(mean).div(std); // want "intermediate tensor from"
}

export async function prepare(rows: number[][], testRows: number[][]): Promise<{ trainXs: tf.Tensor2D; testXs: tf.Tensor2D }> {
  const train = tf.tensor2d(rows);
  const test = tf.tensor2d(testRows);
  const { mean, variance } = tf.moments(train, 0);
  const std: tf.Tensor = variance.sqrt();
  const trainXs = standardize(train, mean, std);
  const testXs = standardize(test, mean, std);
  console.log('largest test value', await test.max().array()); // want "is read with array\\(\\) and never disposed"
  tf.dispose([train, test, mean, variance, std]);
  return { trainXs, testXs };
}
