// Text generation: each step samples the next token from the model's
// probabilities and feeds it back as input.
import * as tf from '@tensorflow/tfjs';

function sampleToken(logits, temperature) {
  return tf.tidy(() => {
    const probs = tf.softmax(logits.div(temperature));
    const { values, indices } = tf.topk(probs, 5);
    const p = tf.softmax(values).dataSync(); // want "once per iteration \\(called from the loop body on line 22\\) \\(the next step needs the value, and the loop yields to the page after each step\\)"
    let r = Math.random();
    let pick = 0;
    while (pick < p.length - 1 && r > p[pick]) {
      r -= p[pick];
      pick++;
    }
    return indices.dataSync()[pick];
  });
}

export async function generate(model, prompt, length, onToken) {
  const ids = prompt.slice();
  for (let i = 0; i < length; i++) {
    const nextId = tf.tidy(() => {
      const logits = model.predict(tf.tensor2d([ids.slice(-32)], [1, 32], 'int32')).squeeze();
      return sampleToken(logits, 0.8);
    });
    ids.push(nextId);
    onToken(nextId);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return ids;
}

// The same sampling in a loop whose only await is of a tensor: it never
// gives the page a turn, so every token's read freezes it.
export async function generateBlocking(model, prompt, length) {
  const ids = prompt.slice();
  for (let i = 0; i < length; i++) {
    const out = await model.predict(tf.tensor2d([ids.slice(-32)], [1, 32], 'int32'));
    const next = out.argMax(-1).dataSync()[0]; // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per iteration; in this async function use \\(await out\\.argMax\\(-1\\)\\.data\\(\\)\\) \\(tip 17\\)$"
    ids.push(next);
    out.dispose();
  }
  return ids;
}

// A yielding loop whose read only collects losses for later: the next step
// does not need them, so the read stalls the pipeline for nothing.
export async function train(model, xs, ys, steps) {
  const optimizer = tf.train.adam(0.001);
  const losses = [];
  for (let i = 0; i < steps; i++) {
    const loss = optimizer.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs)), true);
    losses.push(loss.dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step; in this async function use \\(await loss\\.data\\(\\)\\) \\(tip 17\\)$"
    loss.dispose();
    await tf.nextFrame();
  }
  return losses;
}

// A running sum of the loss read per step: the next step does not need it.
export async function trainSum(model, xs, ys, steps, show) {
  const optimizer = tf.train.adam(0.001);
  let total = 0;
  for (let i = 0; i < steps; i++) {
    const loss = optimizer.minimize(() => tf.losses.meanSquaredError(ys, model.predict(xs)), true);
    total += loss.dataSync()[0]; // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step; in this async function use \\(await loss\\.data\\(\\)\\) \\(tip 17\\)$"
    show(total / (i + 1));
    loss.dispose();
    await tf.nextFrame();
  }
}
