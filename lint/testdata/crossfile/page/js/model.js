let model;

function buildModel() {
  model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [96, 96, 3], filters: 8, kernelSize: 3, activation: 'relu' }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 2, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.0005), loss: 'categoricalCrossentropy' });
}

buildModel();
