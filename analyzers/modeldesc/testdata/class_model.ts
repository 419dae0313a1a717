// A model held in a class field, built in the constructor and added to in another method.
import * as tf from '@tensorflow/tfjs';

export class Agent {
  model: tf.Sequential;
  constructor(private readonly actions: number) {
    this.model = tf.sequential(); // want "^sequential: / dense\\(24, relu\\) dense\\(24, relu\\) dense$"
    this.addLayers();
  }
  addLayers() {
    this.model.add(tf.layers.dense({ inputShape: [4], units: 24, activation: 'relu' }));
    this.model.add(tf.layers.dense({ units: 24, activation: 'relu' }));
    this.model.add(tf.layers.dense({ units: this.actions }));
    this.model.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' }); // want "^compile loss=meanSquaredError last=dense$"
  }
}
