// Script-page style: a global tf, an XHR upload of one layer's kernel.
function sendKernel(model) {
  const kernel = model.layers[0].getWeights()[0];
  const values = kernel.dataSync();
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/kernel');
  xhr.send(JSON.stringify(Array.from(values))); // want "XMLHttpRequest\\.send writes out weight values read by hand \\(line 4\\)"
}

function receiveKernel(model, values) {
  const [kernel, bias] = model.layers[0].getWeights();
  model.layers[0].setWeights([tf.tensor(values, kernel.shape), bias]);
}
