// A page that lets people draw symbols, label them and train a classifier.
var canvas = document.getElementById('pad');
var ctx = canvas.getContext('2d');
var drawings = [];
var labels = [];
var model = tf.sequential({
  layers: [
    tf.layers.conv2d({inputShape: [28, 28, 1], filters: 8, kernelSize: 3, activation: 'relu'}),
    tf.layers.maxPooling2d({poolSize: 2}),
    tf.layers.flatten(),
    tf.layers.dense({units: 3, activation: 'softmax'})
  ]
});
model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});

document.getElementById('add').onclick = function () {
  var pixels = ctx.getImageData(0, 0, 28, 28);
  drawings.push(tf.tidy(function () {
    return tf.browser.fromPixels(pixels, 1).toFloat().div(255);
  }));
  labels.push(Number(document.getElementById('label').value));
  ctx.clearRect(0, 0, canvas.width, canvas.height);
};

document.getElementById('train').onclick = function () {
  var xs = tf.stack(drawings);
  var ys = tf.oneHot(tf.tensor1d(labels, 'int32'), 3);
  model.fit(xs, ys, {epochs: 20, shuffle: true}).then(function () { // want "fit trains on examples the user collects \\(the capture on line 17, kept per click\\)"
    xs.dispose();
    ys.dispose();
    document.getElementById('status').textContent = 'trained';
  });
};
