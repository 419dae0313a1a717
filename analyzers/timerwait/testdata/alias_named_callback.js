// Classic script: tf is a global, aliased and destructured.
const { sequential, layers, data } = tf;
const lossEl = document.getElementById('loss');

const model = sequential();
model.add(layers.dense({ units: 8, inputShape: [2], activation: 'tanh' }));
model.add(layers.dense({ units: 1, activation: 'sigmoid' }));
model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy', metrics: ['acc'] });

let lastLogs = null;

function showFinalLoss() {
  lossEl.textContent = `final loss: ${lastLogs.loss.toFixed(4)}`;
}

function startTraining(points, labels) {
  const ds = data.zip({ xs: data.array(points), ys: data.array(labels) }).shuffle(100).batch(10);
  model.fitDataset(ds, {
    epochs: 30,
    callbacks: { onEpochEnd: (epoch, logs) => { lastLogs = logs; } },
  });
  setTimeout(showFinalLoss, 8000); // want "setTimeout waits a fixed 8000 ms for training to finish: await model\\.fitDataset\\(…\\) \\(or use its callbacks\\)"
}
