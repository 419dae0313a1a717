const webcam = document.getElementById('webcam');

function snapshot() {
  return tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(webcam), [96, 96]).div(255).expandDims()); // want "resize-full-tensor"
}

function oneHot(label) {
  return tf.oneHot(tf.tensor1d([label], 'int32'), 2); // want "leaked-temporary: the tensor from tf.tensor1d is passed to tf.oneHot"
}
