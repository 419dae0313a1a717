let points = [];

async function train() {
  const units = parseInt($('#hidden-units').val(), 10);
  const epochs = Number($('#epochs').val());
  const model = tf.sequential();
  model.add(tf.layers.dense({ units, activation: 'relu', inputShape: [2] }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const xs = tf.tensor2d(points.map((p) => [p.x, p.y]));
  const ys = tf.tensor2d(points.map((p) => [p.z]));
  await model.fit(xs, ys, {
    epochs,
    batchSize: 2,
    callbacks: { onEpochEnd: (e, logs) => $('#loss').text(logs.loss.toFixed(4)) },
  });
  tf.dispose([xs, ys]);
  model.dispose();
}

$(document).ready(() => {
  $.getJSON('data/points.json', (data) => {
    points = data;
    $('#train').addClass('ready').on('click', train);
  });
});
