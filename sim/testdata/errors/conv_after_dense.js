// A conv layer stacked on a dense layer's 2-D output.
const tf = require('@tensorflow/tfjs');
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [16], units: 8}));
model.add(tf.layers.conv2d({filters: 4, kernelSize: 3}));
