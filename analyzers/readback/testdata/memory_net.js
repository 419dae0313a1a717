// A recurrent memory network trained on a timer (CommonJS bundle entry):
// its forward pass reads the memory back at every time step, so the step
// has already waited for the GPU before the loss is read.
const tf = require('@tensorflow/tfjs');

const memory = tf.variable(tf.zeros([16, 8]));
const weights = tf.variable(tf.randomNormal([8, 8]));
const optimizer = tf.train.adam(0.01);
const snapshots = [];

function forward(input) {
  const outputs = [];
  for (let t = 0; t < input.shape[0]; t++) {
    const row = input.slice([t, 0], [1, 8]);
    outputs.push(row.matMul(weights).add(memory.mean(0, true)));
    snapshots.push(memory.dataSync()); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per iteration: "
  }
  return tf.concat(outputs);
}

function plain(input) {
  return input.matMul(weights).add(memory.mean(0, true));
}

function loss(pred, target) {
  return pred.sub(target).square().mean();
}

function trainTick(input, target) {
  tf.tidy(() => {
    document.getElementById('loss').textContent = loss(forward(input), target).dataSync()[0]; // want "once per timer tick .*\\(the code computing it already reads back synchronously in this step\\)"
    optimizer.minimize(() => loss(forward(input), target));
  });
}

// The look-alike: a forward pass that reads nothing back, so the loss read
// is the tick's only wait for the GPU.
function trainTickPlain(input, target) {
  tf.tidy(() => {
    document.getElementById('loss2').textContent = loss(plain(input), target).dataSync()[0]; // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per timer tick \\(called from the setInterval callback on line 48\\): return the tensor from the tidy and read it after with await t\\.data\\(\\) \\(tip 17\\)$"
    optimizer.minimize(() => loss(plain(input), target));
  });
}

const input = tf.randomNormal([16, 8]);
const target = tf.randomNormal([16, 8]);
setInterval(() => trainTick(input, target), 100);
setInterval(() => trainTickPlain(input, target), 100);

module.exports = { snapshots };
