// A custom layer: tfjs runs call() inside the tidy of predict, fit and
// apply, so its intermediates are freed.
import * as tf from '@tensorflow/tfjs';

class Antirectifier extends tf.layers.Layer {
  computeOutputShape(inputShape) {
    return [inputShape[0], 2 * inputShape[1]];
  }

  call(inputs) {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    const centered = x.sub(x.mean(1, true));
    return tf.concat([centered.relu(), centered.neg().relu()], 1);
  }

  static get className() {
    return 'Antirectifier';
  }
}
tf.serialization.registerClass(Antirectifier);

export const antirectifier = () => new Antirectifier();
