const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [2], activation: 'sigmoid' }));
model.add(tf.layers.dense({ units: 3, activation: 'sigmoid' }));
model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' }); // want "sgd-optimizer: tf.train.sgd is plain SGD"
