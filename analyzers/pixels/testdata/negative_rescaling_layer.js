// The model scales its own input (a Rescaling or a BatchNormalization first layer).
const tf = require('@tensorflow/tfjs-node');

const withRescaling = tf.sequential({
  layers: [
    tf.layers.rescaling({scale: 1 / 255, inputShape: [64, 64, 3]}),
    tf.layers.conv2d({filters: 8, kernelSize: 3, activation: 'relu'}),
    tf.layers.flatten(),
    tf.layers.dense({units: 2, activation: 'softmax'}),
  ],
});
withRescaling.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

const withNorm = tf.sequential();
withNorm.add(tf.layers.batchNormalization({inputShape: [64, 64, 3]}));
withNorm.add(tf.layers.flatten());
withNorm.add(tf.layers.dense({units: 2, activation: 'softmax'}));
withNorm.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

async function train(buf, ys) {
  const img = tf.node.decodeImage(buf, 3).resizeBilinear([64, 64]).expandDims(0);
  await withRescaling.fit(img, ys);
  await withNorm.fit(img, ys);
}
module.exports = train;
