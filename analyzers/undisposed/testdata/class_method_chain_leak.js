// An audio-command recognizer class: its pre-processing runs outside tf.tidy.
import * as tf from '@tensorflow/tfjs';

export class CommandRecognizer {
  constructor(labels) {
    this.labels = labels;
    this.model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [43, 232, 1], filters: 8, kernelSize: [2, 8], activation: 'relu' }),
        tf.layers.maxPooling2d({ poolSize: [2, 2] }),
        tf.layers.flatten(),
        tf.layers.dense({ units: labels.length, activation: 'softmax' }),
      ],
    });
    this.model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
  }

  // Log-magnitude spectrogram, standardized per example, as a [1, 43, 232, 1] batch.
  preprocess(spectrogram) {
    const logSpec = tf.abs(spectrogram).add(1e-6).log(); // want "2 intermediate tensors \\(abs, add\\) are never disposed: it leaks 2 tensors per iteration"
    const { mean, variance } = tf.moments(logSpec);
    const std = variance.sqrt();
    const batch = tf.reshape(logSpec.sub(mean).div(std), [1, 43, 232, 1]); // want "2 intermediate tensors \\(sub, div\\)"
    tf.dispose([logSpec, mean, variance, std]);
    return batch;
  }

  async recognize(spectrogram) {
    const input = this.preprocess(spectrogram);
    const probs = this.model.predict(input);
    const scores = await probs.data();
    tf.dispose([input, probs]);
    const best = scores.indexOf(Math.max(...scores));
    return { label: this.labels[best], score: scores[best] };
  }

  async listen(frames) {
    const results = [];
    for (const frame of frames) {
      results.push(await this.recognize(frame));
    }
    return results;
  }
}
