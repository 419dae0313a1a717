// The Coding Train's line fit: a click adds a point, and every frame runs
// one optimizer step on y = m*x + b and draws the line. The model is two
// scalar variables, so a frame's GPU work is a few ops on the clicked
// points: reading the line's two ends each frame waits for next to nothing.
const m = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const optimizer = tf.train.sgd(0.5);
const xVals = [];
const yVals = [];

function predict(x) {
  const xs = tf.tensor1d(x);
  return xs.mul(m).add(b);
}

function loss(pred, labels) {
  return pred.sub(labels).square().mean();
}

function draw(ctx) {
  tf.tidy(() => {
    if (xVals.length > 0) {
      const ys = tf.tensor1d(yVals);
      optimizer.minimize(() => loss(predict(xVals), ys));
    }
  });
  const lineX = [0, 1];
  const ys = tf.tidy(() => predict(lineX));
  const lineY = ys.dataSync(); // want "once per frame .*\\(the file's model is a few scalar variables: the step queues next to no GPU work\\)"
  ys.dispose();
  ctx.beginPath();
  ctx.moveTo(lineX[0] * 400, lineY[0] * 400);
  ctx.lineTo(lineX[1] * 400, lineY[1] * 400);
  ctx.stroke();
  requestAnimationFrame(() => draw(ctx));
}

document.getElementById('canvas').addEventListener('click', (e) => {
  xVals.push(e.offsetX / 400);
  yVals.push(e.offsetY / 400);
});
requestAnimationFrame(() => draw(document.getElementById('canvas').getContext('2d')));
