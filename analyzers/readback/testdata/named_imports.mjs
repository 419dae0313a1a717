// Pixel statistics with named imports.
import { browser, tidy, image as img } from '@tensorflow/tfjs';

export function perChannelMax(canvases) {
  return canvases.map((canvas) => {
    const pixels = browser.fromPixels(canvas);
    const buf = pixels.max([0, 1]).bufferSync(); // want "bufferSync\\(\\) in this map callback stalls the GPU pipeline every element: read back once after the loop"
    pixels.dispose();
    return [buf.get(0), buf.get(1), buf.get(2)];
  });
}

export async function thumbnail(canvas) {
  const small = tidy(() => img.resizeBilinear(browser.fromPixels(canvas), [32, 32]).toInt());
  const data = small.arraySync(); // want "in this async function use \\(await small\\.array\\(\\)\\)"
  small.dispose();
  return data;
}

export const brightness = async (canvas) => tidy(() => browser.fromPixels(canvas).mean()).dataSync()[0]; // want "in this async function use \\(await x\\.data\\(\\)\\)"
