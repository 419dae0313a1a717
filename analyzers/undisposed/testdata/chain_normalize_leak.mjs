// Standardizing features outside tf.tidy: each chain leaves its first step behind.
import * as tf from '@tensorflow/tfjs';

// Called from plain async code below, never from inside tf.tidy.
function standardize(x, mean, std) {
  return x.sub(mean).div(std); // want "intermediate tensor from"
}

function minMaxScale(x) {
  const min = x.min(0);
  const range = x.max(0).sub(min); // want "intermediate tensor from"
  const scaled = x.sub(min).div(range); // want "intermediate tensor from"
  tf.dispose([min, range]);
  return scaled;
}

export async function prepare(rows, testRows) {
  const train = tf.tensor2d(rows);
  const test = tf.tensor2d(testRows);
  const { mean, variance } = tf.moments(train, 0);
  const std = variance.sqrt();
  const trainXs = standardize(train, mean, std);
  const testXs = standardize(test, mean, std);
  const unitTest = minMaxScale(test);
  console.log('scaled test range', await unitTest.max().array()); // want "is read with array\\(\\) and never disposed"
  tf.dispose([train, test, mean, variance, std, unitTest]);
  return { trainXs, testXs };
}
