// A small GAN the way the tfjs examples write one: the discriminator is
// compiled on its own, then frozen (trainable = false) inside the combined
// model, which trains the generator through it; each step unfreezes it for
// its own update.
const tf = require('@tensorflow/tfjs');

const latentDim = 8;
const sampleSize = 16;
const batchSize = 8;

function buildGenerator() {
  const model = tf.sequential({name: 'generator'});
  model.add(tf.layers.dense({units: 32, inputShape: [latentDim], activation: 'relu'}));
  model.add(tf.layers.batchNormalization());
  model.add(tf.layers.dense({units: sampleSize, activation: 'tanh'}));
  return model;
}

function buildDiscriminator() {
  const model = tf.sequential({name: 'discriminator'});
  model.add(tf.layers.dense({units: 32, inputShape: [sampleSize]}));
  model.add(tf.layers.leakyReLU({alpha: 0.2}));
  model.add(tf.layers.batchNormalization());
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
  model.compile({optimizer: tf.train.adam(0.0002, 0.5), loss: 'binaryCrossentropy'});
  return model;
}

function buildCombined(generator, discriminator) {
  const noise = tf.input({shape: [latentDim]});
  const fake = generator.apply(noise);
  discriminator.trainable = false;
  const validity = discriminator.apply(fake);
  const combined = tf.model({inputs: noise, outputs: validity, name: 'combined'});
  combined.compile({optimizer: tf.train.adam(0.0002, 0.5), loss: 'binaryCrossentropy'});
  return combined;
}

async function train() {
  const generator = buildGenerator();
  const discriminator = buildDiscriminator();
  const combined = buildCombined(generator, discriminator);

  for (let step = 0; step < 6; step++) {
    const [x, y] = tf.tidy(() => {
      const real = tf.randomNormal([batchSize, sampleSize]);
      const z = tf.randomNormal([batchSize, latentDim]);
      const generated = generator.predict(z);
      const x = tf.concat([real, generated], 0);
      const y = tf.concat([tf.ones([batchSize, 1]), tf.zeros([batchSize, 1])], 0);
      return [x, y];
    });
    discriminator.trainable = true;
    const dLoss = await discriminator.trainOnBatch(x, y);
    discriminator.trainable = false;
    tf.dispose([x, y]);

    const z = tf.randomNormal([2 * batchSize, latentDim]);
    const trick = tf.ones([2 * batchSize, 1]);
    const gLoss = await combined.trainOnBatch(z, trick);
    tf.dispose([z, trick]);
    console.log(`step ${step}: d=${dLoss} g=${gLoss}`);
  }
}

train();
