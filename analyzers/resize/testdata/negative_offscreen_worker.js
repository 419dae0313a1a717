// A worker-side class: frames arrive as ImageBitmaps and are drawn into a
// small OffscreenCanvas before fromPixels.
import * as tf from '@tensorflow/tfjs';

class FramePreprocessor {
  constructor(size) {
    this.size = size;
    this.canvas = new OffscreenCanvas(size, size);
    this.ctx = this.canvas.getContext('2d');
  }

  toTensor(bitmap) {
    this.ctx.drawImage(bitmap, 0, 0, this.size, this.size);
    return tf.tidy(() => {
      const pixels = tf.browser.fromPixels(this.canvas);
      return tf.image.resizeBilinear(pixels, [this.size / 2, this.size / 2]).toFloat().div(255);
    });
  }
}

const pre = new FramePreprocessor(128);
self.onmessage = (e) => {
  const t = pre.toTensor(e.data.bitmap);
  self.postMessage({ shape: t.shape });
  t.dispose();
};
