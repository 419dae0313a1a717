import * as tf from '@tensorflow/tfjs';

// Initializers chosen at run time are not judged; so are embeddings (their
// initializer is embeddingsInitializer).
export function build(kernelInitializer: string, stddev: number) {
  return tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: 1000, outputDim: 16, inputLength: 10, embeddingsInitializer: 'zeros' }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer }),
      tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: tf.initializers.randomNormal({ stddev }) }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' }),
    ],
  });
}
