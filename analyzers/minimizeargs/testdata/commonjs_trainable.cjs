// CommonJS with tfjs-node: a GAN generator step that lists the generator's trainable weights.
const tf = require('@tensorflow/tfjs-node');

function generatorStep(generator, discriminator, noise, opt) {
  const loss = () => discriminator.apply(generator.apply(noise)).log().mean().neg();
  opt.minimize(loss, generator.trainableWeights); // want "trainableWeights is ignored"
}

function discriminatorStep(discriminator, real, fake) {
  const opt = tf.train.rmsprop(5e-4);
  opt.minimize(function () {
    return discriminator.apply(real).sub(discriminator.apply(fake)).mean().neg();
  }, discriminator.getWeights()); // want "^the second parameter of minimize is returnCost"
}

module.exports = { generatorStep, discriminatorStep };
