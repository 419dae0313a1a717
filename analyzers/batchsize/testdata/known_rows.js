// Script page: a 100-row table with the shape given, and a config held in a constant.
const fitConfig = { epochs: 50, batchSize: 1 }; // want "\\(100 samples: 100 steps per epoch\\)"

async function run() {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 1 })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const xs = tf.randomNormal([100, 3]);
  const ys = tf.tensor2d(Array.from({ length: 100 }, (_, i) => i / 100), [100, 1]);
  await model.fit(xs, ys, fitConfig);
  await model.fit(tf.tensor2d(new Array(300).fill(0), [100, 3]), ys, { epochs: 5, batchSize: 1 }); // want "\\(100 samples: 100 steps per epoch\\)"
}
