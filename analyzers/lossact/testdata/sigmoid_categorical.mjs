// A sigmoid per class under a categorical loss (info: it trains, but the classes do not compete).
import * as tf from '@tensorflow/tfjs';

export const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [64], units: 32, activation: 'relu' }),
    tf.layers.dropout({ rate: 0.3 }),
    tf.layers.dense({ units: 4, activation: 'sigmoid' }),
    tf.layers.dropout({ rate: 0.1 }),
  ],
});
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' }); // want "^loss 'categoricalCrossentropy' expects a softmax's class probabilities, but the model's output is a sigmoid over 4 units \\(dense layer on line 8\\)"
