// sobek parses async generator functions (only `for await` is missing, see
// for_await.mjs): no finding.
import * as tf from '@tensorflow/tfjs';

export async function* batches(ds) {
  const it = await ds.iterator();
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    yield tf.tidy(() => value.xs.div(255));
  }
}
