import * as tf from '@tensorflow/tfjs';

// Nothing held out: a long run on all the data, as lessons do; early
// stopping would have nothing to watch.
export async function train(model, xs, ys) {
  await model.fit(xs, ys, { epochs: 1000, validationSplit: 0 });
  await model.fit(xs, ys, { epochs: 300, batchSize: 32, callbacks: { onEpochEnd: (e, l) => console.log(e, l.loss) } });
}

// A lesson's 100 epochs with a validation curve: under min-epochs.
export async function lesson(model, xs, ys) {
  await model.fit(xs, ys, { epochs: 100, validationSplit: 0.2 });
}

// validationSplit: 1 leaves nothing to train on: not this rule's problem.
export async function allOut(model, xs, ys) {
  await model.fit(xs, ys, { epochs: 500, validationSplit: 1, shuffle: true });
}
