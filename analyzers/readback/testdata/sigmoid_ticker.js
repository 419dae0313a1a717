// A teaching page script (global tf): a timer plots a sigmoid of a counter
// that grows every tick. The tensors are two scalars made in the tick.
let raised = 0;
const points = [];

document.getElementById('go').onclick = function () {
  setInterval(function () {
    raised += 1;
    const hours = tf.sigmoid(tf.scalar(raised / 100)).mul(tf.scalar(250)).dataSync()[0]; // want "once per timer tick \\(a small tensor made from JS values in this step\\)"
    points.push({ x: raised, y: hours });
    render(points);
  }, 50);
};

// The look-alike: the same timer asks a model for every tick's value, and
// the read waits for the model's work.
document.getElementById('model').onclick = function () {
  const model = window.trainedModel;
  setInterval(function () {
    raised += 1;
    const y = model.predict(tf.tensor2d([[raised / 100]])).dataSync()[0]; // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per timer tick: use await x\\.data\\(\\) in an async callback \\(tip 17\\)$"
    points.push({ x: raised, y });
    render(points);
  }, 50);
};

function render(data) {
  document.getElementById('plot').textContent = JSON.stringify(data.slice(-10));
}
