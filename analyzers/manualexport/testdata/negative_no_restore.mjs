// Weights exported for another consumer (a C array for a microcontroller):
// nothing in tfjs reads them back, so model.save is not the alternative.
import * as tf from '@tensorflow/tfjs';
import {writeFile} from 'node:fs/promises';

export async function toHeader(model, file) {
  let out = '';
  for (const [i, w] of model.getWeights().entries()) {
    out += `const float w${i}[] = {${Array.from(await w.data()).join(', ')}};\n`;
  }
  await writeFile(file, out);
  return tf.memory().numTensors;
}
