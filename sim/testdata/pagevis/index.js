// A bundler-era module page (tfjs-examples style): the RNN cell comes from
// the <select>'s selected option, the chart from tfjs-vis.
import * as tf from '@tensorflow/tfjs';
import * as tfvis from '@tensorflow/tfjs-vis';

document.getElementById('train').addEventListener('click', async () => {
  const select = document.getElementById('cell');
  const cell = select.options[select.selectedIndex].getAttribute('value');
  const units = +document.getElementById('size').value;
  const model = tf.sequential();
  const layer = cell === 'GRU' ? tf.layers.gru : tf.layers.simpleRNN;
  model.add(layer({ units, inputShape: [4, 3] }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const losses = [];
  await model.fit(tf.randomNormal([16, 4, 3]), tf.randomNormal([16, 1]), {
    epochs: 2,
    batchSize: 8,
    callbacks: { onEpochEnd: (epoch, logs) => losses.push({ x: epoch, y: logs.loss }) },
  });
  tfvis.render.linechart(document.getElementById('chart'), { values: losses }, { width: 300 });
  model.dispose();
});
