// A loss between predictions and labels of different widths.
const tf = require('@tensorflow/tfjs');
const w = tf.variable(tf.zeros([3, 2]));
const xs = tf.ones([8, 3]);
const ys = tf.ones([8, 1]);
tf.train.adam().minimize(() => tf.losses.meanSquaredError(ys, xs.matMul(w)));
