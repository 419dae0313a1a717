// Containers that are never released: the fixes must use tf.dispose(…),
// since arrays and plain objects have no dispose() method.
import * as tf from '@tensorflow/tfjs';

export async function topLabels(logits, labels) {
  const out = [];
  for (let i = 0; i < logits.shape[0]; i++) {
    const top = tf.topk(logits.slice([i, 0], [1, -1]).squeeze(), 3); // want "`top` from tf\\.topk is never disposed: it leaks one tensor per iteration, each time this function runs; call tf\\.dispose\\(top\\)"
    const indices = await top.indices.data();
    out.push(Array.from(indices, (k) => labels[k]));
  }
  return out;
}

export function watch(model, video, draw) {
  const frame = () => {
    const input = tf.tidy(() => tf.browser.fromPixels(video).toFloat().expandDims(0));
    const outputs = model.predict(input); // want "`outputs` from model\\.predict is never disposed: it leaks one tensor per frame; call tf\\.dispose\\(outputs\\)"
    draw(outputs[0].dataSync(), outputs[1].dataSync());
    input.dispose();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export function ranks(scores) {
  for (let step = 0; step < 100; step++) {
    const { values, indices } = tf.topk(scores, 5); // want "`values` and `indices` from tf\\.topk are never disposed: it leaks 2 tensors per iteration, each time this function runs; call tf\\.dispose\\(\\[values, indices\\]\\)"
    console.log(values.arraySync(), indices.arraySync());
  }
}
