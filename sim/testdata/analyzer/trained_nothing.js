// A page script whose training starts once the user picks a file: the dry
// run fires the input's change handler, no file is chosen, and no
// optimizer step runs.
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [4], units: 1}));
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});

async function onTrainClick(rows) {
  const xs = tf.tensor2d(rows.map((r) => r.slice(0, 4)));
  const ys = tf.tensor2d(rows.map((r) => [r[4]]));
  await model.fit(xs, ys, {epochs: 5}); // want "the dry run trained nothing: this LayersModel.fit call never ran \\(it is in function onTrainClick, which nothing called during the run\\); it ran 0 optimizer steps at 0 training calls, 1 compiled model, 2 UI events fired"
  tf.dispose([xs, ys]);
}

document.getElementById('upload').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  const text = await file.text();
  await onTrainClick(text.trim().split('\n').map((l) => l.split(',').map(Number)));
});
