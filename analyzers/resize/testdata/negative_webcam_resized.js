// tf.data.webcam with resizeWidth/resizeHeight captures at the target size.
import * as tf from '@tensorflow/tfjs';

const video = document.getElementById('webcam');

export async function run(model) {
  const webcam = await tf.data.webcam(video, { resizeWidth: 224, resizeHeight: 224 });
  for (;;) {
    const img = await webcam.capture();
    const half = tf.image.resizeBilinear(img, [112, 112]);
    const out = model.predict(half.expandDims(0));
    tf.dispose([img, half, out]);
    await tf.nextFrame();
  }
}

const config = { facingMode: 'user', resizeWidth: 160, resizeHeight: 120, centerCrop: true };

export async function small(model) {
  const cam = await tf.data.webcam(null, config);
  const frame = await cam.capture();
  return tf.tidy(() => model.predict(tf.image.resizeNearestNeighbor(frame, [96, 128]).expandDims(0)));
}
