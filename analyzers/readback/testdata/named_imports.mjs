// Pixel statistics with named imports.
import { browser, tidy, image as img } from '@tensorflow/tfjs';

export function perChannelMax(canvases) {
  return canvases.map((canvas) => {
    const pixels = browser.fromPixels(canvas);
    const buf = pixels.max([0, 1]).bufferSync(); // want "^bufferSync\\(\\) blocks the UI thread until the GPU finishes, once per element: read back once after the loop"
    pixels.dispose();
    return [buf.get(0), buf.get(1), buf.get(2)];
  });
}

export async function thumbnail(canvas) {
  // Exported, called from out of sight: not reported.
  const small = tidy(() => img.resizeBilinear(browser.fromPixels(canvas), [32, 32]).toInt());
  const data = small.arraySync();
  small.dispose();
  return data;
}

const brightness = async (canvas) => tidy(() => browser.fromPixels(canvas).mean()).dataSync()[0]; // want "once per iteration \\(called from the loop body on line 25\\); in this async function use \\(await x\\.data\\(\\)\\)"

export async function meanBrightness(canvases) {
  let total = 0;
  for (const canvas of canvases) {
    total += await brightness(canvas);
  }
  return total / canvases.length;
}
