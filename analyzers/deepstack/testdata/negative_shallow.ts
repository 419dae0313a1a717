import * as tf from '@tensorflow/tfjs';

// Stacks the rule leaves alone: seven weighted layers (normalization and
// pooling do not count), an embedding with few layers after it, a stack
// whose adds are conditional, and a functional model (it may have skips).
export function seven(): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [10], units: 32, activation: 'relu' }),
      tf.layers.batchNormalization(),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.batchNormalization(),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 1 }),
    ],
  });
}

export function text(vocab: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.embedding({ inputDim: vocab, outputDim: 32, inputLength: 20 }));
  model.add(tf.layers.lstm({ units: 32 }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  return model;
}

export function configurable(depth: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [10], units: 16 }));
  for (let i = 0; i < depth; i++) {
    model.add(tf.layers.dense({ units: 16, activation: 'relu' }));
  }
  return model;
}

export function residual(): tf.LayersModel {
  const input = tf.input({ shape: [16] });
  let x: tf.SymbolicTensor = input;
  for (let i = 0; i < 10; i++) {
    const y = tf.layers.dense({ units: 16, activation: 'relu' }).apply(x) as tf.SymbolicTensor;
    x = tf.layers.add().apply([x, y]) as tf.SymbolicTensor;
  }
  return tf.model({ inputs: input, outputs: x });
}
