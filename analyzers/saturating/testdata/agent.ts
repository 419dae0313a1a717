import * as tf from '@tensorflow/tfjs';

// A class that keeps its network in a field; the activation is a constant.
const HIDDEN_ACTIVATION = 'hardSigmoid';

export class Agent {
  private model: tf.Sequential;

  constructor(private readonly inputs: number, private readonly actions: number) {
    this.model = tf.sequential();
    this.model.add(tf.layers.dense({ inputShape: [inputs], units: 24, activation: HIDDEN_ACTIVATION })); // want "a hardSigmoid on a hidden dense layer of a model with 4 weighted layers"
    this.model.add(tf.layers.dense({ units: 24, activation: HIDDEN_ACTIVATION })); // want "a hardSigmoid on a hidden dense layer"
    this.model.add(tf.layers.dense({ units: 24, activation: 'relu' }));
    this.model.add(tf.layers.dense({ units: actions }));
    this.model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
  }

  act(state: tf.Tensor): tf.Tensor {
    return this.model.predict(state) as tf.Tensor;
  }
}
