// A page script whose training starts from a button: the dry run loads it,
// nothing clicks, and no optimizer step runs.
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [4], units: 1}));
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});

async function onTrainClick() {
  const xs = tf.randomNormal([32, 4]);
  const ys = tf.randomNormal([32, 1]);
  await model.fit(xs, ys, {epochs: 5}); // want "the dry run trained nothing: this LayersModel.fit call never ran \\(it is in function onTrainClick, which nothing called during the run\\); it ran 0 optimizer steps at 0 training calls, 1 compiled model"
  tf.dispose([xs, ys]);
}

document.getElementById('train').addEventListener('click', onTrainClick);
