// The same benchmark where the backend constant names the GPU: each read
// waits for the GPU, every iteration of the loop.
import * as tf from '@tensorflow/tfjs';

async function run(): Promise<void> {
  const backend = 'webgl';
  await tf.setBackend(backend);
  for (let size = 10; size < 600; size += 10) {
    const product = tf.tidy(() => tf.randomNormal([size, size]).matMul(tf.randomNormal([size, size])));
    const first = product.dataSync()[0]; // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per iteration; in this async function use \\(await product\\.data\\(\\)\\) \\(tip 17\\)$"
    product.dispose();
    console.log(`${backend},${size},${first}`);
    await tf.nextFrame();
  }
}

run();
