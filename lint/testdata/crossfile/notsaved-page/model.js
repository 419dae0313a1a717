const classifier = tf.sequential({layers: [
  tf.layers.flatten({inputShape: [32, 32, 3]}),
  tf.layers.dense({units: 2, activation: 'softmax'}),
]});
classifier.compile({optimizer: 'adam', loss: 'sparseCategoricalCrossentropy'});
