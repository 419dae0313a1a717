import * as tf from '@tensorflow/tfjs';

// Each training image is resized once while the data set is built at load.
const images = Array.from(document.querySelectorAll('img.sample'));

function embed(model) {
  return images.map((img) => tf.tidy(() => model.predict(tf.image.resizeBilinear(tf.browser.fromPixels(img), [224, 224]).div(255).expandDims(0))));
}

const model = await tf.loadLayersModel('model/feature.json');
const features = embed(model);
console.log(features.length);
