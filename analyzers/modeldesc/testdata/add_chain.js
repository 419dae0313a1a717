// Script page style: the global tf, model.add chains, a layer held in a variable, a kernel size array.
const model = tf.sequential(); // want "^sequential: conv2d\\(8, 5x5, \\?\\) flatten dense\\(1, sigmoid\\)$"
model.add(tf.layers.conv2d({ inputShape: [32, 32, 3], filters: 8, kernelSize: [5, 5], activation: ACT }));
model.add(tf.layers.flatten());
const out = tf.layers.dense({ units: 1, activation: 'sigmoid' });
model.add(out);
model.compile({ optimizer: tf.train.adam(), loss: 'binaryCrossentropy' }); // want "^compile loss=binaryCrossentropy last=dense\\(1, sigmoid\\)$"

// An add under a condition may not run: the description is partial and has no last layer.
const maybe = tf.sequential(); // want "^sequential \\(partial\\): dense\\(4, relu\\)$"
maybe.add(tf.layers.dense({ inputShape: [3], units: 4, activation: 'relu' }));
if (window.wide) {
  maybe.add(tf.layers.dense({ units: 2, activation: 'softmax' }));
}
maybe.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' }); // want "^compile loss=categoricalCrossentropy$"
