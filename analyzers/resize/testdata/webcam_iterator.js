// tf.data.webcam: capture() returns the full camera frame.
import * as tf from '@tensorflow/tfjs';

const video = document.getElementById('video');

export async function collect(model, count) {
  const webcam = await tf.data.webcam(video);
  const out = [];
  for (let i = 0; i < count; i++) {
    const img = await webcam.capture();
    const x = tf.image.resizeBilinear(img, [224, 224]); // want "tf\\.image\\.resizeBilinear resizes the full camera frame from a tf\\.data\\.webcam capture\\(\\) \\(line 10\\)"
    out.push(model.predict(x.expandDims(0)));
    tf.dispose([img, x]);
    await tf.nextFrame();
  }
  return out;
}

export async function once() {
  const frame = await (await tf.data.webcam(video)).capture();
  return tf.image.cropAndResize(frame.expandDims(0).toFloat(), [[0.25, 0.25, 0.75, 0.75]], [0], [64, 64]); // want "tf\\.image\\.cropAndResize crops and resizes the full camera frame from a tf\\.data\\.webcam capture\\(\\) \\(line 20\\), as often as callers the file does not show: draw the region of the video into a canvas of the target size \\(drawImage with a source rectangle\\)"
}

// A frame variable reassigned on every iteration: every value it takes is a capture.
export async function stream(onFrame) {
  const cam = await tf.data.webcam(video);
  let frame;
  while (true) {
    frame = await cam.capture();
    const small = tf.image.resizeBilinear(frame, [128, 128]); // want "resizes the full camera frame from a tf\\.data\\.webcam capture\\(\\) \\(line 29\\)"
    onFrame(small);
    frame.dispose();
    await tf.nextFrame();
  }
}
