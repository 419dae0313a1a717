// Renders saliency maps with named imports from the union package.
import { tidy, browser, grad, scalar } from '@tensorflow/tfjs';

export function saliency(model, image, classIndex) {
  const f = (x) => model.predict(x).gather([classIndex], 1).sum();
  return tidy(() => grad(f)(image).abs().max(-1).squeeze());
}

export async function drawSaliency(model, image, classIndex, canvas) {
  const map = saliency(model, image, classIndex);
  // toPixels resolves later; tidy disposes `scaled` before it is drawn.
  tidy(() => { // want "tf\\.tidy callback returns a Promise \\(browser\\.toPixels\\(…\\) is async\\)"
    const scaled = map.div(map.max());
    return browser.toPixels(scaled, canvas);
  });
  map.dispose();
}

export function threshold(map, level) {
  // async without await: tidy sees a Promise and disposes the mask it resolves to.
  return tidy(async () => map.greater(scalar(level)).toFloat()); // want "tf\\.tidy with an async callback: it returns a Promise, so tidy ends at once"
}
