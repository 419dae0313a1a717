// JSX in a .js file, as create-react-app projects keep it.
import * as tf from '@tensorflow/tfjs';

export function Score({ model, features }) {
  // tfjslint-disable-next-line undisposed-tensor -- the demo keeps it for the tooltip
  const kept = model.predict(tf.tensor2d([features]));
  const score = model.predict(tf.tensor2d([features]));
  return <span title={String(kept)}>{score.dataSync()[0].toFixed(2)}</span>;
}
