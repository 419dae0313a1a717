import * as tf from '@tensorflow/tfjs';

tf.scalar(1); // want "^once$"

const steps = Number(process.argv[2]);
for (let i = 0; i < steps; i++) {
  tf.scalar(i); // want "^per iteration, outer once, loopy$"
  tf.tidy(() => tf.scalar(i)); // want "^per iteration, outer once, loopy, tidy$"
}

function loop() {
  tf.scalar(2); // want "^per frame$"
  requestAnimationFrame(loop);
}
loop();

const once = () => tf.scalar(3); // want "^once$"
requestAnimationFrame(once);

setInterval(() => {
  tf.scalar(4); // want "^per timer tick$"
}, 1000);

document.getElementById('go').addEventListener('click', async () => {
  tf.scalar(5); // want "^per click, async$"
});

export async function train(model, xs, ys) {
  tf.scalar(6); // want "^unknown, async$"
  await model.fit(xs, ys, {
    epochs: 5,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        tf.scalar(7); // want "^per epoch, async$"
      },
      onTrainEnd() {
        tf.scalar(8); // want "^unknown$"
      },
    },
  });
}

const opt = tf.train.adam();
opt.minimize(() => tf.scalar(9).square()); // want "^once, tidy$"

function normalize(x) {
  return x.sub(tf.scalar(10)); // want "^once, tidy$"
}
tf.tidy(() => normalize(tf.ones([2])));

function step() {
  tf.scalar(11); // want "^per iteration \\(called from the loop body on line 54\\)$"
}
while (true) {
  step();
  if (Math.random() > 0.5) break;
}

globalThis.values.forEach((v) => {
  tf.scalar(v); // want "^per element, outer once, loopy$"
});

class Stopper extends tf.Callback {
  async onBatchEnd(batch, logs) {
    tf.scalar(12); // want "^per batch, async$"
  }
}

tf.tidy(() => {
  setTimeout(() => tf.scalar(13), 10); // want "^once$"
});

// A handful of fixed iterations repeats nothing that grows.
for (const units of [64, 32, 10]) {
  tf.scalar(units); // want "^once$"
}
for (let k = 0; k < 4; k++) {
  tf.scalar(k); // want "^once$"
}
['a', 'b'].forEach((name) => tf.scalar(name.length)); // want "^once$"
// A training loop of a few constant steps, at load, is bounded too: what a
// step leaks is paid that many times, once.
for (let epoch = 0; epoch < 5; epoch++) {
  tf.scalar(epoch); // want "^per training step, outer once, loopy$"
  opt.minimize(() => tf.scalar(14).square()); // want "^per training step, outer once, loopy, tidy$"
}
// A pass over the data is not: its size is the data's (iris or MNIST).
const rows = JSON.parse(document.body.dataset.rows);
for (let k = 0; k < rows.length; k++) {
  tf.scalar(rows[k][0]); // want "^per training step$"
  opt.minimize(() => tf.scalar(rows[k][1]).square()); // want "^per training step, tidy$"
}
// A timer that re-arms itself for a constant number of epochs is bounded.
(function epochLoop(i) {
  tf.scalar(i); // want "^per timer tick \\(called from the setTimeout callback on line 98\\), outer once, loopy$"
  opt.minimize(() => tf.scalar(i).square()); // want "^per timer tick \\(called from the setTimeout callback on line 98\\), outer once, loopy, tidy$"
  if (i < 20 - 1) {
    setTimeout(() => epochLoop(i + 1), 10);
  }
}(0));
// A timer whose bound is not known repeats without end.
(function trainForever(i) {
  tf.scalar(i); // want "^per timer tick \\(called from the setTimeout callback on line 106\\)$"
  opt.minimize(() => tf.scalar(i).square()); // want "^per timer tick \\(called from the setTimeout callback on line 106\\), tidy$"
  if (i < stepsFromUser()) {
    setTimeout(() => trainForever(i + 1), 10);
  }
}(0));

// A redux-saga watcher: one pass per dispatched action, like a handler.
import { take, put } from 'redux-saga/effects';
export function* watchPredict() {
  while (true) {
    const action = yield take('PREDICT_REQUESTED');
    tf.scalar(action.value); // want "^per action$"
    yield put({ type: 'PREDICTED' });
  }
}
