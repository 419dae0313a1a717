// A layer type picked by name: one of the cases runs, so the description lists the alternatives.
import { sequential, layers } from '@tensorflow/tfjs';

export function build(kind, classes) {
  const model = sequential(); // want "^sequential: dense\\(32, relu\\) one of simpleRNN\\(16\\)\\|lstm\\(16\\) dense\\(softmax\\)$"
  model.add(layers.dense({ inputShape: [10, 4], units: 32, activation: 'relu' }));
  switch (kind) {
    case 'rnn':
      model.add(layers.simpleRNN({ units: 16 }));
      break;
    case 'lstm':
      model.add(layers.lstm({ units: 16 }));
      break;
    default:
      throw new Error('unknown kind ' + kind);
  }
  model.add(layers.dense({ units: classes, activation: 'softmax' }));
  return model;
}
