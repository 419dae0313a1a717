// Which learning rate the Adam suggestion keeps: a known rate inside Adam's range 1e-4–0.01 stays; anything
// else becomes Adam's default 0.001 and the message says so.
const tf = require('@tensorflow/tfjs-node');

const TUNED_RATE = 0.003;
const SGD_RATE = 0.2;

function classifier(classes) {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [12], units: 24, activation: 'relu' }),
      tf.layers.dense({ units: classes, activation: 'softmax' }),
    ],
  });
}

async function main(argv) {
  const a = classifier(3);
  a.compile({ optimizer: tf.train.sgd(0.005), loss: 'categoricalCrossentropy' }); // want "use tf\\.train\\.adam\\(0\\.005\\) \\(tip 5\\)$"

  const b = classifier(3);
  b.compile({ optimizer: tf.train.sgd(TUNED_RATE), loss: 'categoricalCrossentropy' }); // want "use tf\\.train\\.adam\\(TUNED_RATE\\) \\(tip 5\\)$"

  const c = classifier(3);
  c.compile({ optimizer: tf.train.sgd(SGD_RATE), loss: 'categoricalCrossentropy' }); // want "use tf\\.train\\.adam\\(0\\.001\\): the learning rate changes to Adam's default \\(0\\.2 \\(SGD_RATE\\) is outside Adam's range 0\\.0001–0\\.01\\) \\(tip 5\\)$"

  const d = classifier(3);
  d.compile({ optimizer: tf.train.sgd(1e-5), loss: 'categoricalCrossentropy' }); // want "\\(1e-05 is outside Adam's range 0\\.0001–0\\.01\\)"

  const e = classifier(3);
  const rate = Number(argv[2] || '0.1');
  e.compile({ optimizer: tf.train.sgd(rate), loss: 'categoricalCrossentropy' }); // want "use tf\\.train\\.adam\\(0\\.001\\): the learning rate changes to Adam's default \\(rate was tuned for SGD\\) \\(tip 5\\)$"

  return [a, b, c, d, e];
}

main(process.argv);
