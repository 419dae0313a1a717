import * as tf from '@tensorflow/tfjs';

tf.scalar(1); // want "^once$"

for (let i = 0; i < 3; i++) {
  tf.scalar(i); // want "^repeat: this loop body runs every iteration$"
  tf.tidy(() => tf.scalar(i)); // want "^repeat: this loop body runs every iteration, tidy$"
}

function loop() {
  tf.scalar(2); // want "^repeat: this requestAnimationFrame callback runs every frame$"
  requestAnimationFrame(loop);
}
loop();

const once = () => tf.scalar(3); // want "^once$"
requestAnimationFrame(once);

setInterval(() => {
  tf.scalar(4); // want "every tick"
}, 1000);

document.getElementById('go').addEventListener('click', async () => {
  tf.scalar(5); // want "^repeat: this 'click' listener runs on every event, async$"
});

export async function train(model, xs, ys) {
  tf.scalar(6); // want "^async$"
  await model.fit(xs, ys, {
    epochs: 5,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        tf.scalar(7); // want "^repeat: this onEpochEnd callback runs every epoch, async$"
      },
      onTrainEnd() {
        tf.scalar(8); // want "^async$|^once$"
      },
    },
  });
}

const opt = tf.train.adam();
opt.minimize(() => tf.scalar(9).square()); // want "^tidy$"

function normalize(x) {
  return x.sub(tf.scalar(10)); // want "^tidy$"
}
tf.tidy(() => normalize(tf.ones([2])));

function step() {
  tf.scalar(11); // want "^repeat: this loop body runs every iteration$"
}
while (true) {
  step();
  if (Math.random() > 0.5) break;
}

[1, 2, 3].forEach((v) => {
  tf.scalar(v); // want "^repeat: this forEach callback runs for every element$"
});

class Stopper extends tf.Callback {
  async onBatchEnd(batch, logs) {
    tf.scalar(12); // want "^repeat: this onBatchEnd callback runs every batch, async$"
  }
}

tf.tidy(() => {
  setTimeout(() => tf.scalar(13), 10); // want "^once$"
});
