// The namespace through an alias and destructuring.
import * as tfjs from '@tensorflow/tfjs';

const tf = tfjs;
const { browser } = tf;
const { resizeBilinear, resizeNearestNeighbor } = tf.image;
const webcamVideo = document.getElementById('webcam');

export function features(model) {
  return tf.tidy(() => {
    const frame = browser.fromPixels(webcamVideo);
    const input = resizeBilinear(frame, [224, 224], true); // want "tf\\.image\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 11\\)"
    return model.predict(input.expandDims(0).div(255));
  });
}

export function mask(segmenter) {
  return tf.tidy(() => {
    let frame = tf.browser.fromPixels(webcamVideo);
    frame = frame.toFloat();
    frame = resizeNearestNeighbor(frame, [256, 256]); // want "tf\\.image\\.resizeNearestNeighbor resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 19\\)"
    return segmenter.predict(frame.expandDims(0));
  });
}

export function maybeMirrored(model, mirror) {
  return tf.tidy(() => {
    let frame = tf.browser.fromPixels(webcamVideo);
    if (mirror) frame = frame.reverse(1);
    return model.predict(tf.image.resizeBilinear(frame, [224, 224]).expandDims(0)); // want "tf\\.image\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 28\\)"
  });
}
