// A webcam classifier: one timer classifies at the frame rate, another
// reports a summary every few seconds. Their periods live in constants.ts.
import * as tf from '@tensorflow/tfjs';
import { FRAME_RATE_MS, REPORT_EVERY_MS, LABELS } from './constants';

export function start(model: tf.LayersModel, video: HTMLVideoElement, show: (label: string) => void): void {
  setInterval(() => {
    const index = tf.tidy(() => {
      const frame = tf.browser.fromPixels(video).toFloat().div(255).expandDims();
      return (model.predict(frame) as tf.Tensor).argMax(-1).dataSync()[0]; // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per timer tick: return the tensor"
    });
    show(LABELS[index]);
  }, FRAME_RATE_MS);
  setInterval(() => {
    const mean = tf.tidy(() => (model.getWeights()[0] as tf.Tensor).mean().dataSync()[0]); // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per timer tick \(a timer paces it, not the frame rate\)"
    console.log('weights mean', mean);
  }, REPORT_EVERY_MS);
}
