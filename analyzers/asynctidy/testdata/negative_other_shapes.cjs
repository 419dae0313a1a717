// CommonJS training helpers that keep async work outside tidy.
const tf = require('@tensorflow/tfjs');

const store = { data: (key) => localStorage.getItem(key) };

function preprocess(raw) {
  return tf.tidy(() => {
    // `store.data('key')` is not a tensor read, and it is not returned anyway.
    const scale = Number(store.data('scale') || 1);
    return tf.tensor2d(raw).mul(scale);
  });
}

async function train(model, raw, labels) {
  const xs = preprocess(raw);
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), 10));
  await model.fit(xs, ys, {
    epochs: 5,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        const sample = tf.tidy(() => model.predict(xs.slice([0, 0], [1, -1])).argMax(-1));
        console.log(epoch, logs.loss, await sample.data());
        sample.dispose();
      },
    },
  });
  tf.dispose([xs, ys]);
}

function syncStep(opt, w, x, y) {
  // minimize runs its own tidy; the sync callback is fine.
  return tf.tidy(() => opt.minimize(() => tf.losses.meanSquaredError(y, x.matMul(w)), true));
}

module.exports = { train, syncStep };
