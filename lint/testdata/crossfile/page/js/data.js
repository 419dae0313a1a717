const webcam = document.getElementById('webcam');

function snapshot() {
  return tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(webcam), [96, 96]).div(255).expandDims()); // want "resize-full-tensor" "memory-growth: Tensor.expandDims allocates tensors that are never freed: \+1 tensors \(\+110,592 bytes\) more after every click on #train \(the handler registered at \.\./index.html:14\)"
}

function oneHot(label) {
  return tf.oneHot(tf.tensor1d([label], 'int32'), 2); // want "leaked-temporary: the tensor from tf.tensor1d is passed to tf.oneHot" "memory-growth: tf.tensor1d allocates tensors that are never freed: \+1 tensors \(\+4 bytes\) more after every training step"
}
