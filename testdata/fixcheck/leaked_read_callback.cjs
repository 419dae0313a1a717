// Regression of house prices on three features, with the validation loss
// printed every epoch. evaluate()'s result is read once with dataSync()
// and never disposed: one leaked tensor per epoch (one step per epoch here).
const tf = require('@tensorflow/tfjs');

const features = tf.randomUniform([80, 3]);
const prices = features.matMul(tf.tensor2d([[2], [-1], [0.5]])).add(0.3);
const valFeatures = tf.randomUniform([20, 3]);
const valPrices = valFeatures.matMul(tf.tensor2d([[2], [-1], [0.5]])).add(0.3);

const model = tf.sequential();
model.add(tf.layers.dense({ inputShape: [3], units: 8, activation: 'relu' }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });

model
  .fit(features, prices, {
    epochs: 25,
    batchSize: 80,
    verbose: 0,
    callbacks: {
      onEpochEnd(epoch, logs) {
        const valLoss = model.evaluate(valFeatures, valPrices).dataSync()[0];
        console.log(`epoch ${epoch} loss ${logs.loss.toFixed(4)} val ${valLoss.toFixed(4)}`);
      },
    },
  })
  .then(() => console.log('done'));
