// Frames handed over to a buffer before the variable moves on: the buffer owns them.
import * as tf from '@tensorflow/tfjs';

const CLIP_LENGTH = 16;

const model = tf.sequential({
  layers: [
    tf.layers.conv3d({ inputShape: [CLIP_LENGTH, 64, 64, 1], filters: 4, kernelSize: 3, activation: 'relu' }),
    tf.layers.maxPooling3d({ poolSize: [2, 4, 4] }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 2, activation: 'softmax' }),
  ],
});

export async function detectGestures(readFrame, onGesture) {
  const clip = [];
  let frame = tf.tidy(() => readFrame().toFloat().div(255));
  for (let t = 0; t < 256; t++) {
    clip.push(frame);
    if (clip.length > CLIP_LENGTH) clip.shift().dispose();
    if (clip.length === CLIP_LENGTH) {
      const probs = tf.tidy(() => model.predict(tf.stack(clip).expandDims(0)));
      const [, gesture] = await probs.data();
      probs.dispose();
      if (gesture > 0.8) onGesture(t);
    }
    frame = tf.tidy(() => readFrame().toFloat().div(255));
    await tf.nextFrame();
  }
  tf.dispose([...clip, frame]);
}
