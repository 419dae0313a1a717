// Freezing models and the models nested in them: countParams() and weights
// count every weight, trainable or not; trainable = false on a model flips
// its layers' weights, not its layers' own flags.
const tf = require('@tensorflow/tfjs');

const encoder = tf.sequential({name: 'encoder'});
encoder.add(tf.layers.dense({units: 8, inputShape: [4], activation: 'relu'}));
encoder.add(tf.layers.batchNormalization());
const head = tf.sequential({name: 'head'});
head.add(tf.layers.dense({units: 2, inputShape: [8]}));

const input = tf.input({shape: [4]});
const outer = tf.model({inputs: input, outputs: head.apply(encoder.apply(input)), name: 'outer'});

function show(label) {
  for (const m of [encoder, head, outer]) {
    console.log(label, m.name, m.trainable, m.countParams(), m.weights.length,
        m.trainableWeights.length, m.nonTrainableWeights.length);
  }
  console.log(label, 'layer flags', encoder.layers.map((l) => l.trainable).join(','));
}

show('initial');
encoder.trainable = false;
show('encoder frozen');
outer.trainable = false;
show('outer frozen');
encoder.trainable = true;
show('encoder thawed');
outer.trainable = true;
show('outer thawed');

const rnn = tf.sequential();
rnn.add(tf.layers.bidirectional({layer: tf.layers.lstm({units: 3}), inputShape: [5, 2]}));
rnn.layers[0].trainable = false;
console.log('bidirectional', rnn.countParams(), rnn.trainableWeights.length, rnn.nonTrainableWeights.length);
