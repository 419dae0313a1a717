// A browserified CommonJS bundle: photos and a canvas copied at full size.
const tf = require('@tensorflow/tfjs');

const photo = document.querySelector('img#upload');
const canvas = document.getElementById('copy');
const ctx = canvas.getContext('2d');

// Exported, so how often it runs is unknown: resizing one photo per call is
// not worth a finding (a per-click or per-frame caller would be).
async function classifyPhoto(model) {
  const pixels = tf.browser.fromPixels(photo);
  const input = tf.image.resizeBilinear(pixels, [224, 224]);
  const scores = model.predict(input.expandDims(0).div(255));
  tf.dispose([pixels, input]);
  return scores;
}

function classifyCopy(model, video) {
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  ctx.drawImage(video, 0, 0);
  return tf.tidy(() => {
    const pixels = tf.browser.fromPixels(canvas);
    return model.predict(tf.image.resizeBilinear(pixels, [224, 224]).expandDims(0)); // want "tf\\.image\\.resizeBilinear resizes the full-size canvas from tf\\.browser\\.fromPixels \\(line 23\\), as often as callers the file does not show: draw into the canvas at the target size \\(drawImage with a width and height\\)"
  });
}

const mirror = document.createElement('canvas');
const mirrorCtx = mirror.getContext('2d');

function classifyMirror(model, video) {
  mirrorCtx.drawImage(video, 0, 0, video.videoWidth, video.videoHeight);
  const pixels = tf.browser.fromPixels(mirror);
  const small = pixels.resizeBilinear([224, 224]); // want "pixels\\.resizeBilinear resizes the full-size canvas from tf\\.browser\\.fromPixels \\(line 33\\)"
  pixels.dispose();
  return model.predict(small.expandDims(0));
}

module.exports = { classifyPhoto, classifyCopy, classifyMirror };
