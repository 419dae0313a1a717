// Loaded by index.html after <script src=".../tf.min.js">: a classic script using the global `tf`.
/* global tf */

var CLASS_NAMES = ['cat', 'dog'];

function createModel(inputSize) {
  var model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputSize], units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: CLASS_NAMES.length, activation: 'softmax' }));
  model.compile({
    optimizer: tf.train.sgd(0.05), // want "tf\\.train\\.sgd is plain SGD"
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  return model;
}

function trainOnEmbeddings(embeddings, labels, done) {
  var model = createModel(embeddings.shape[1]);
  model
    .fit(embeddings, labels, { epochs: 15, batchSize: 16 })
    .then(function (history) {
      done(null, model, history);
    })
    .catch(done);
}

window.trainOnEmbeddings = trainOnEmbeddings;
