// A matMul benchmark page script: the backend is chosen through a constant,
// and on the CPU backend there is no GPU for a read to wait for.
import * as tf from '@tensorflow/tfjs';

function benchmark(size: number): number {
  let total = 0;
  for (let i = 0; i < 10; i++) {
    const product = tf.tidy(() => tf.randomNormal([size, size]).matMul(tf.randomNormal([size, size])));
    total += product.dataSync()[0];
    product.dispose();
  }
  return total;
}

async function run(): Promise<void> {
  const backend = 'cpu';
  await tf.setBackend(backend);
  for (let size = 10; size < 600; size += 10) {
    const { wallMs } = await tf.time(() => { benchmark(size); });
    console.log(`${backend},${size},${wallMs}`);
  }
}

run();
