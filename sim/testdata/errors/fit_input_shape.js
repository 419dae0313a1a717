// fit with examples of 4 features into a model built for 3.
const tf = require('@tensorflow/tfjs');
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [3], units: 2}));
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
model.fit(tf.zeros([10, 4]), tf.zeros([10, 2]));
