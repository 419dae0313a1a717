// Adding a bias of the wrong length.
const tf = require('@tensorflow/tfjs');
const x = tf.ones([2, 3]);
const b = tf.ones([4]);
tf.add(x, b).print();
