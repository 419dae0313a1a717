// Script page (global tf): batches sized by the same number as the data set.
const SIZE = Math.pow(2, 8);
const WIDTH = 64;
const STEP = 16;

let inputs = tf.randomUniform([SIZE, WIDTH], -1, 1);
const targets = tf.fill([SIZE, WIDTH / 2], 0);

async function trainWhole(model) {
  // batchSize is the row count: one batch per epoch, order cannot matter.
  await model.fit(inputs, [inputs, targets], {
    batchSize: SIZE,
    epochs: 100,
    shuffle: false,
    callbacks: {
      onEpochEnd: () => {
        inputs = tf.randomUniform([SIZE, WIDTH], -1, 1);
      },
    },
  });
}

async function trainShape(model, rows) {
  const xs = tf.tensor2d(rows);
  const ys = xs.sum(1);
  await model.fit(xs, ys, { batchSize: xs.shape[0], epochs: 20, shuffle: false });
  await model.fit(xs, ys, { batchSize: rows.length, epochs: 20, shuffle: false });
}

async function trainSteps(model, flat, labels) {
  // Look-alikes: a batch of STEP rows out of SIZE; a flat array's length
  // is not its row count; the batch is another array's length.
  await model.fit(inputs, targets, { batchSize: STEP, shuffle: false }); // want "shuffle: false"
  const xs = tf.tensor2d(flat, [flat.length / 2, 2]);
  await model.fit(xs, labels, { batchSize: flat.length, shuffle: false }); // want "shuffle: false"
  await model.fit(xs, labels, { batchSize: labels.length, shuffle: false }); // want "shuffle: false"
}
