// Examples held while a button is pressed: the embedding of the current
// frame, computed in a tidy from a helper that reads the camera.
var video = document.getElementById('video');
var snapshot = document.createElement('canvas');
snapshot.width = 224;
snapshot.height = 224;
var examples = {xs: null, ys: null};
var featureExtractor;
var head;

function currentFrame() {
  snapshot.getContext('2d').drawImage(video, 0, 0, 224, 224);
  return tf.tidy(function () {
    return tf.browser.fromPixels(snapshot).toFloat().div(127.5).sub(1).expandDims(0);
  });
}

function addExample(label) {
  var embedding = tf.tidy(function () { return featureExtractor.predict(currentFrame()); });
  var y = tf.tidy(function () { return tf.oneHot(tf.tensor1d([label], 'int32'), 3); });
  if (examples.xs === null) {
    examples.xs = embedding;
    examples.ys = y;
  } else {
    var oldXs = examples.xs;
    var oldYs = examples.ys;
    examples.xs = oldXs.concat(embedding, 0);
    examples.ys = oldYs.concat(y, 0);
    tf.dispose([oldXs, oldYs, embedding, y]);
  }
}

document.querySelectorAll('button.add').forEach(function (button) {
  var pressed = false;
  button.addEventListener('mousedown', async function () {
    pressed = true;
    while (pressed) {
      addExample(Number(button.dataset.label));
      await tf.nextFrame();
    }
  });
  button.addEventListener('mouseup', function () { pressed = false; });
});

document.getElementById('train').addEventListener('click', async function () {
  head = tf.sequential({layers: [
    tf.layers.flatten({inputShape: featureExtractor.outputs[0].shape.slice(1)}),
    tf.layers.dense({units: 3, activation: 'softmax'})
  ]});
  head.compile({optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy'});
  await head.fit(examples.xs, examples.ys, {epochs: 20}); // want "fit trains on examples the user collects \\(the capture on line 14"
});

tf.loadLayersModel('https://storage.googleapis.com/tfjs-models/tfjs/mobilenet_v1_0.25_224/model.json').then(function (m) {
  featureExtractor = tf.model({inputs: m.inputs, outputs: m.getLayer('conv_pw_13_relu').output});
});
