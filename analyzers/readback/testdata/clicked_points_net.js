// The look-alike: the same per-frame fit and curve, but the model is a
// weight matrix (a hidden layer of 64 units), so each frame's step queues
// real work and the read waits for it.
const w1 = tf.variable(tf.randomNormal([1, 64]));
const w2 = tf.variable(tf.randomNormal([64, 1]));
const optimizer = tf.train.adam(0.01);
const xVals = [];
const yVals = [];

function predict(x) {
  const xs = tf.tensor2d(x, [x.length, 1]);
  return xs.matMul(w1).relu().matMul(w2);
}

function draw(ctx) {
  tf.tidy(() => {
    if (xVals.length > 0) {
      const ys = tf.tensor2d(yVals, [yVals.length, 1]);
      optimizer.minimize(() => predict(xVals).sub(ys).square().mean());
    }
  });
  const curveX = [];
  for (let x = 0; x < 1; x += 0.01) {
    curveX.push(x);
  }
  const ys = tf.tidy(() => predict(curveX));
  const curveY = ys.dataSync(); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per frame \\(called from the requestAnimationFrame callback on line 32\\): use await x\\.data\\(\\) in an async callback \\(tip 17\\)$"
  ys.dispose();
  for (let i = 0; i < curveX.length; i++) {
    ctx.fillRect(curveX[i] * 400, curveY[i] * 400, 2, 2);
  }
  requestAnimationFrame(() => draw(ctx));
}

document.getElementById('canvas').addEventListener('click', (e) => {
  xVals.push(e.offsetX / 400);
  yVals.push(e.offsetY / 400);
});
requestAnimationFrame(() => draw(document.getElementById('canvas').getContext('2d')));
