// Rows that a file input's handler would fill: empty until the user picks a
// file, so the dry run's fit sees no examples. That is missing data, not a
// shape bug: the run stops as incomplete, with no shape-mismatch.
const rows = [];
const targets = [];
const model = tf.sequential({layers: [tf.layers.dense({inputShape: [13], units: 1})]});
model.compile({optimizer: 'adam', loss: 'meanSquaredError'});

async function train() {
  const xs = tf.tensor2d(rows, [rows.length, 1]);
  const ys = tf.tensor2d(targets, [targets.length, 1]);
  await model.fit(xs, ys, {epochs: 5}); // want "the dry run stopped early: the data was empty when it reached LayersModel.fit"
  tf.dispose([xs, ys]);
}
train();
