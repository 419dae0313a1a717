// Sentiment classifier in a classic browser script; tf comes from a <script src>.
const tfjs = tf;
const { layers, train } = tfjs;

const model = tfjs.sequential();
model.add(layers.embedding({ inputDim: 10000, outputDim: 16, inputLength: 100 }));
model.add(layers.globalAveragePooling1d());
model.add(layers.dense({ units: 1, activation: 'sigmoid' }));
model.compile({ optimizer: train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['acc'] });

function onTrainClicked(trainXs, trainYs) {
  const run = model.fit(trainXs, trainYs, { epochs: 5, batchSize: 128 }); // want "model\\.fit\\(…\\) returns a Promise that is never awaited"
  document.getElementById('log').textContent = 'started';
}

function showScores(sequences) {
  const scores = model.predict(sequences);
  scores.array(); // want "scores\\.array\\(\\) returns a Promise that is never awaited"
  scores.dispose();
}

function saveToDisk(m) {
  m.save('downloads://sentiment');
  document.getElementById('log').textContent = 'saved';
}
