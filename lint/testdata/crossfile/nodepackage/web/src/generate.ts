// A text generator: it imports the tfjs API package, but the package that
// holds it decides where it runs.
import * as tf from '@tensorflow/tfjs';

export async function generate(model: tf.LayersModel, seed: number[], length: number, onToken: (id: number) => Promise<void>): Promise<number[]> {
  const out = [...seed];
  for (let i = 0; i < length; i++) {
    const next = tf.tidy(() => (model.predict(tf.tensor2d([out.slice(-seed.length)])) as tf.Tensor).argMax(-1));
    out.push(next.dataSync()[0]); // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per iteration; in this async function use \(await next\.data\(\)\)"
    next.dispose();
    await onToken(out[out.length - 1]);
  }
  return out;
}
