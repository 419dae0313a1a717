// A text generator: it imports the tfjs API package, but the package that
// holds it decides where it runs.
import * as tf from '@tensorflow/tfjs';

export async function generate(model: tf.LayersModel, seed: number[], length: number): Promise<number[]> {
  const out = [...seed];
  for (let i = 0; i < length; i++) {
    const next = tf.tidy(() => (model.predict(tf.tensor2d([out.slice(-seed.length)])) as tf.Tensor).argMax(-1));
    out.push(next.dataSync()[0]);
    next.dispose();
    await tf.nextFrame();
  }
  return out;
}
