import * as tf from '@tensorflow/tfjs';

// Makes tensors but never trains: the simulator does not run.
const x = tf.ones([1024, 1024]);
x.square();
