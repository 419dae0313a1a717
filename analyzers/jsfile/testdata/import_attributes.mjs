// Import attributes are browser syntax sobek's parser lacks: esbuild drops
// the attributes and the module parses.
import * as tf from '@tensorflow/tfjs';
import vocab from './vocab.json' with { type: 'json' };
import labels from './labels.json' assert { type: 'json' };

const config = await import('./config.json', { with: { type: 'json' } });

export function encode(words) {
  return tf.tensor1d(words.map((w) => vocab[w] ?? labels.unknown), 'int32');
}
export const maxLen = config.default.maxLen;
