// Learning-rate decay through fit callbacks.
import * as tf from '@tensorflow/tfjs';

export async function trainWithDecay(model, xs, ys, baseLr) {
  await model.fit(xs, ys, {
    epochs: 30,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        // Recompiling with a new optimizer leaks the old one's slots every epoch.
        model.compile({ optimizer: tf.train.adam(baseLr * 0.95 ** epoch), loss: 'meanSquaredError' }); // want "tf\\.train\\.adam is created every epoch \\(this onEpochEnd callback runs every epoch\\)"
        console.log(epoch, logs.loss);
      },
    },
  });
}

export async function trainWithSchedule(model, xs, ys, baseLr) {
  const optimizer = tf.train.adam(baseLr);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  let probe;
  await model.fit(xs, ys, {
    epochs: 30,
    callbacks: {
      onEpochBegin: (epoch) => {
        if (epoch === 0) {
          probe = tf.variable(tf.zeros([1])); // only in the first epoch
        }
      },
      onEpochEnd: (epoch) => {
        optimizer.learningRate = baseLr * 0.95 ** epoch;
      },
    },
  });
  return probe;
}

class Snapshot extends tf.Callback {
  async onBatchEnd(batch, logs) {
    this.copy = tf.variable(tf.scalar(logs.loss)); // want "tf\\.variable is created every batch \\(this onBatchEnd callback runs every batch\\)"
  }
}

export { Snapshot };
