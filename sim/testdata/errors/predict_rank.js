// Predicting a single image without its batch axis.
const tf = require('@tensorflow/tfjs');
const model = tf.sequential();
model.add(tf.layers.conv2d({inputShape: [28, 28, 1], filters: 8, kernelSize: 3}));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({units: 10}));
model.predict(tf.zeros([28, 28, 1])).print();
