// Labels with 3 columns for a 2-unit output.
const tf = require('@tensorflow/tfjs');
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [3], units: 2, activation: 'softmax'}));
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
model.fit(tf.zeros([10, 3]), tf.zeros([10, 3]), {epochs: 2});
