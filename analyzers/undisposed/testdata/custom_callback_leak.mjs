// Monitoring callbacks written as tf.CustomCallback and as a tf.Callback subclass.
import * as tf from '@tensorflow/tfjs';

export function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

// Logs the norm of a layer's kernel every batch.
class KernelNormLogger extends tf.Callback {
  constructor(layer) {
    super();
    this.layer = layer;
  }

  async onBatchEnd(batch) {
    const kernel = this.layer.getWeights()[0];
    const norm = tf.norm(kernel); // want "`norm` from tf\\.norm is never disposed.*leaks one tensor per batch"
    console.log(`batch ${batch}: |W1| = ${(await norm.data())[0].toFixed(3)}`);
  }
}

export async function train(model, xs, ys, valXs, valYs) {
  const confusionEveryEpoch = new tf.CustomCallback({
    onEpochEnd: async (epoch) => {
      const predicted = tf.tidy(() => model.predict(valXs).argMax(-1));
      const actual = tf.tidy(() => valYs.argMax(-1));
      const matrix = tf.math.confusionMatrix(actual, predicted, 10); // want "`matrix` from tf\\.math\\.confusionMatrix is never disposed.*leaks one tensor per epoch"
      tf.dispose([predicted, actual]);
      console.log(`epoch ${epoch}`, await matrix.array());
    },
  });
  await model.fit(xs, ys, {
    epochs: 10,
    batchSize: 64,
    validationData: [valXs, valYs],
    callbacks: [confusionEveryEpoch, new KernelNormLogger(model.layers[0])],
  });
}
