// Lesson 6 builds and compiles the model; nothing on the page trains it,
// so its optimizer does not matter yet.
const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [2], activation: 'sigmoid' }));
model.add(tf.layers.dense({ units: 3, activation: 'sigmoid' }));
model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
