// A detector class: the webcam iterator and the last frame live on `this`.
import * as tf from '@tensorflow/tfjs';

export class HandDetector {
  constructor(video, model) {
    this.video = video;
    this.model = model;
    this.frame = null;
  }

  async init() {
    this.webcam = await tf.data.webcam(this.video);
  }

  async grab() {
    if (this.frame) this.frame.dispose();
    this.frame = await this.webcam.capture();
  }

  async detect(boxes) {
    await this.grab();
    const crops = tf.image.cropAndResize(this.frame.toFloat().expandDims(0), boxes, [0], [128, 128]); // want "tf\\.image\\.cropAndResize crops and resizes the full camera frame from a tf\\.data\\.webcam capture\\(\\) \\(line 17\\)"
    const scores = this.model.predict(crops);
    crops.dispose();
    return scores;
  }

  preview() {
    return tf.tidy(() => {
      const pixels = tf.browser.fromPixels(this.video);
      return tf.image.resizeBilinear(pixels, [64, 64]); // want "tf\\.image\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 30\\)"
    });
  }
}
