import * as tf from '@tensorflow/tfjs';

// A CPPN: a random network drawn as an image, never trained; N(0, 1)
// weights give it its contrast.
const init = tf.initializers.randomNormal({ mean: 0, stddev: 1 });
const net = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [3], units: 32, activation: 'tanh', kernelInitializer: init }),
    tf.layers.dense({ units: 32, activation: 'tanh', kernelInitializer: init }),
    tf.layers.dense({ units: 3, activation: 'sigmoid', kernelInitializer: init }),
  ],
});
const coords = tf.randomUniform([64 * 64, 3], -1, 1);
net.predict(coords).print();
