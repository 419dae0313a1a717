// Convolutions the rule leaves alone: the first conv of a model, a conv
// over few channels, a small conv, a 1×1 kernel, a depth it cannot follow, dilations,
// separable and depthwise layers, a model it does not know, and tests.
const tf = require('@tensorflow/tfjs');

function small() {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [32, 32, 3], filters: 8, kernelSize: 3 }),
      tf.layers.conv2d({ filters: 16, kernelSize: 3 }), // 8 input channels: little to save
      tf.layers.conv2d({ filters: 32, kernelSize: 1 }), // a pointwise conv already
      tf.layers.separableConv2d({ filters: 32, kernelSize: 3 }),
      tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2 }),
      tf.layers.conv2d({ filters: 32, kernelSize: 3 }), // depth after a multiplier: not followed
    ],
  });
}

// The MNIST tutorial's convnet: 4,640 weights in its second conv, too
// few to be worth a change.
function tutorial() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], kernelSize: 5, filters: 8, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: [2, 2], strides: [2, 2] }));
  model.add(tf.layers.conv2d({ kernelSize: 5, filters: 16, activation: 'relu' }));
  model.add(tf.layers.conv2d({ kernelSize: 3, filters: 32, activation: 'relu' }));
  return model;
}

function reshaped() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [100], units: 7 * 7 * 64 }));
  model.add(tf.layers.reshape({ targetShape: [7, 7, 64] }));
  model.add(tf.layers.conv2d({ filters: 64, kernelSize: 3 })); // the model's first conv
  model.add(tf.layers.conv2d({ filters: 64, kernelSize: 3, dilationRate: 2 }));
  return model;
}

function unknown(opts) {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 32, kernelSize: 3 }));
  if (opts.deep) {
    model.add(tf.layers.conv2d({ filters: 64, kernelSize: 3 }));
  }
  model.add(tf.layers.conv2d({ ...opts.layer, kernelSize: 3 }));
  return model;
}

describe('model', () => {
  it('builds', () => {
    tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 32, kernelSize: 3 }),
        tf.layers.conv2d({ filters: 64, kernelSize: 3 }),
      ],
    });
  });
});

// Layers whose configs are not literals: nothing to read, nothing to say.
function fromConfigs(convCfg, depthCfg) {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [64, 64, 3], filters: 32, kernelSize: 3 }),
      tf.layers.depthwiseConv2d(depthCfg),
      tf.layers.conv2d(convCfg),
      tf.layers.conv2d({ filters: 64, kernelSize: 3 }),
    ],
  });
}

module.exports = { small, tutorial, reshaped, unknown, fromConfigs };
