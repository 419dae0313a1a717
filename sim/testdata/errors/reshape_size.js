// Reshaping 28x28 images to 27x27.
const tf = require('@tensorflow/tfjs');
const imgs = tf.zeros([5, 28, 28]);
const flat = imgs.reshape([5, 27, 27, 1]);
flat.print();
