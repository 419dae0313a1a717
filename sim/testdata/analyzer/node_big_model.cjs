// A Node training script: the big autoencoder is trained here and only its
// encoder is saved for the browser, so only the encoder's size matters.
const tf = require('@tensorflow/tfjs-node');

async function main() {
  const input = tf.input({ shape: [1024] });
  const code = tf.layers.dense({ units: 16, activation: 'relu' }).apply(input);
  const encoder = tf.model({ inputs: input, outputs: code });
  const decoded = tf.layers.dense({ units: 1024 }).apply(tf.layers.dense({ units: 1024, activation: 'relu' }).apply(code));
  const autoencoder = tf.model({ inputs: input, outputs: decoded });
  autoencoder.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const xs = tf.randomNormal([8, 1024]);
  await autoencoder.fit(xs, xs, { epochs: 1 });
  await encoder.save('file://./encoder');
}

main();
