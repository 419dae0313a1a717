// Containers released member by member: a topk result, a multi-output
// prediction and an NMS result, each disposed through its members.
import * as tf from '@tensorflow/tfjs';

export async function topLabels(logits, labels) {
  const out = [];
  for (const row of tf.unstack(logits)) {
    const top = tf.topk(row, 3);
    const indices = await top.indices.data();
    out.push(Array.from(indices, (i) => labels[i]));
    tf.dispose([top.values, top.indices, row]);
  }
  return out;
}

export function startDetector(model, video, draw) {
  const frame = async () => {
    const input = tf.tidy(() => tf.browser.fromPixels(video).toFloat().expandDims(0));
    const result = await model.executeAsync(input);
    draw(await result[0].array(), await result[1].array());
    tf.dispose([result[0], result[1], input]);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export async function keepBoxes(boxes, scores) {
  for (let i = 0; i < 10; i++) {
    const nms = tf.image.nonMaxSuppressionWithScore(boxes, scores, 20, 0.5, 0.3);
    console.log(await nms.selectedIndices.data());
    nms.selectedIndices.dispose();
    nms.selectedScores.dispose();
  }
}
