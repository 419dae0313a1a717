// An OCR helper module: the recognizer reads every word crop of a page, each
// rendered as a large image. Who calls it (and how often) is not in this file.
import * as tf from '@tensorflow/tfjs';

export function recognizeWords(model: tf.GraphModel, wordImages: HTMLImageElement[]): tf.Tensor[] {
  return wordImages.map((image) =>
    tf.tidy(() => {
      const pixels = tf.browser.fromPixels(image);
      return model.predict(tf.image.resizeBilinear(pixels, [32, 128]).expandDims(0)) as tf.Tensor; // want "^tf\\.image\\.resizeBilinear resizes the full-size image from tf\\.browser\\.fromPixels \\(line 8\\), per element: draw the image into a canvas"
    }),
  );
}

// The look-alike: one capture of the video per call, at a rate the file
// does not show.
export function detectOnce(model: tf.GraphModel, video: HTMLVideoElement): tf.Tensor {
  return tf.tidy(() => {
    const frame = tf.browser.fromPixels(video);
    return model.predict(tf.image.resizeBilinear(frame, [320, 320]).expandDims(0)) as tf.Tensor; // want "^tf\\.image\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 18\\), as often as callers the file does not show: draw the video"
  });
}
