// 10 inputs, 12 labels.
const tf = require('@tensorflow/tfjs');
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [3], units: 1}));
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
model.fit(tf.zeros([10, 3]), tf.zeros([12, 1]));
