// A module of experiments: some are wired up, some are left behind.
import * as tf from '@tensorflow/tfjs';

function classifier() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [8], units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));
  return model;
}

// Its only call is commented out below: it can never run.
async function trainOldWay(xs, ys) {
  const model = classifier();
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
  await model.fit(xs, ys, { epochs: 20 });
}
// await trainOldWay(xs, ys);

const trainStringSgd = async (xs, ys) => {
  const model = classifier();
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
  await model.fit(xs, ys, { epochs: 20 });
};

// Look-alikes that do run: called, exported by name, handed to a button.
async function trainCalled(xs, ys) {
  const model = classifier();
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' }); // want "tf\\.train\\.sgd is plain SGD"
  await model.fit(xs, ys, { epochs: 20 });
}

async function trainExported(xs, ys) {
  const model = classifier();
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' }); // want "optimizer 'sgd' is plain SGD"
  await model.fit(xs, ys, { epochs: 20 });
}

export async function main(xs, ys) {
  document.getElementById('train').addEventListener('click', async () => {
    const model = classifier();
    model.compile({ optimizer: tf.train.sgd(0.05), loss: 'categoricalCrossentropy' }); // want "tf\\.train\\.sgd is plain SGD"
    await model.fit(xs, ys, { epochs: 5 });
  });
  await trainCalled(xs, ys);
}

export { trainExported };
