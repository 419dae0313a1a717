// A page's segmentation wrappers: each class has its own predict(image,
// overlay) that draws the result and returns how long it took, in ms, and
// disposes the overlay it is given. Nothing here is a tfjs model's predict.
import * as tf from '@tensorflow/tfjs';

class UNet {
  constructor(size) {
    this.size = size;
    this.model = null;
  }

  async load() {
    this.model = await tf.loadLayersModel('models/unet/model.json');
  }

  async predict(image, overlay) {
    const start = performance.now();
    const mask = tf.tidy(() => this.model.predict(image.expandDims(0)).squeeze());
    await tf.browser.toPixels(mask, document.getElementById('mask'));
    mask.dispose();
    if (overlay) overlay.dispose();
    return performance.now() - start;
  }
}

class LinkNet extends UNet {
  async predict(image, overlay) {
    const start = performance.now();
    const mask = tf.tidy(() => this.model.predict(image.expandDims(0).div(255)).squeeze());
    await tf.browser.toPixels(mask, document.getElementById('mask'));
    tf.dispose([mask, overlay]);
    return performance.now() - start;
  }
}

const models = [new LinkNet(256), new UNet(256)];
const picker = { fast: new LinkNet(128), exact: new UNet(512) };
const frame = tf.zeros([256, 256, 3]);
let custom = tf.ones([256, 256, 3]);
let selected = 0;

async function renderLoop() {
  const ms = await models[selected].predict(frame, tf.clone(custom));
  const other = await picker.fast.predict(frame, custom.clone());
  document.getElementById('fps').textContent = (1000 / (ms + other)).toFixed(1);
  requestAnimationFrame(renderLoop);
}

document.getElementById('model').addEventListener('change', (e) => { selected = Number(e.target.value); });
Promise.all(models.map((m) => m.load())).then(renderLoop);
