// A custom loop that yields to the page between steps: correct code.
import * as tf from '@tensorflow/tfjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function trainLoop(model, optimizer, batches, progressEl) {
  for (const [i, { xs, ys }] of batches.entries()) {
    const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs)), true);
    progressEl.value = i;
    progressEl.title = `loss ${(await cost.data())[0]}`;
    cost.dispose();
    await tf.nextFrame();
  }
}

export async function fitWithBreathingRoom(model, xs, ys) {
  for (let epoch = 0; epoch < 10; epoch++) {
    await model.fit(xs, ys, { epochs: 1 });
    await new Promise((r) => setTimeout(r, 0));
    await sleep(16);
  }
}

export async function trainWithCallbacks(model, xs, ys, chart) {
  const history = await model.fit(xs, ys, {
    epochs: 20,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        chart.push(logs.loss);
        await tf.nextFrame();
      },
    },
  });
  return history.history.loss;
}
