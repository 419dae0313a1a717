// Named imports, an alias and destructuring of the namespace.
import { data as tfData, sequential, layers } from '@tensorflow/tfjs';
import * as tfjs from '@tensorflow/tfjs';

const tf = tfjs;
const { data } = tf;

export async function fromNamed(samples) {
  const model = sequential({ layers: [layers.dense({ inputShape: [3], units: 1 })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const ds = tfData.array(samples).batch(16);
  return model.fitDataset(ds, { epochs: 4 }); // want "never shuffles \\(built at line 11\\)"
}

export async function fromDestructured(model, samples) {
  const ds = data.array(samples).map((s) => ({ xs: s.x, ys: s.y })).prefetch(2).batch(16).repeat(2);
  return model.fitDataset(ds, { epochs: 4 }); // want "never shuffles \\(built at line 16\\)"
}
