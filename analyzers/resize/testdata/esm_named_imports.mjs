// A webcam helper written with named imports from tfjs.
import { browser, image, tidy, loadGraphModel } from '@tensorflow/tfjs';

const videoEl = document.querySelector('video');
const model = await loadGraphModel('/model/model.json');

export function predictFrame() {
  return tidy(() => {
    const frame = browser.fromPixels(videoEl).expandDims(0);
    const input = image.resizeNearestNeighbor(frame, [96, 96]); // want "tf\\.image\\.resizeNearestNeighbor resizes the full camera frame from tf\\.browser\\.fromPixels \\(line 9\\)"
    return model.predict(input.toFloat().div(127.5).sub(1));
  });
}

export async function predictFrameAsync() {
  const frame = await browser.fromPixelsAsync(videoEl);
  const batch = tidy(() => image.resizeBilinear(frame, [96, 96]).expandDims(0)); // want "tf\\.image\\.resizeBilinear resizes the full camera frame from tf\\.browser\\.fromPixelsAsync \\(line 16\\)"
  frame.dispose();
  const out = model.predict(batch);
  batch.dispose();
  return out;
}
