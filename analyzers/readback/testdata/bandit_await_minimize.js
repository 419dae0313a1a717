// A multi-armed bandit trained in a loop that awaits minimize: minimize
// returns no promise, so the await only queues a microtask and the page
// never renders between pulls; the greedy action's read adds a GPU wait
// to a loop that blocks the page anyway (info).
const weights = tf.variable(tf.ones([4]));
const optimizer = tf.train.sgd(0.001);

function pull(arm) {
  return Math.random() > [0.2, 0, -0.2, -2][arm] ? 1 : -1;
}

async function train(pulls) {
  for (let i = 0; i < pulls; i++) {
    const action = tf.tidy(() => tf.argMax(weights, 0).dataSync()[0]); // want "once per training step \\(the loop never lets the page render: it awaits only tfjs calls that return no promise\\)"
    const reward = tf.scalar(pull(action));
    await optimizer.minimize(() => tf.log(weights.slice([action], [1])).mul(reward).neg().asScalar());
    reward.dispose();
  }
}

// The look-alike: the same loop yields a frame per pull to draw the arms,
// so the page renders between pulls and the read stalls each frame.
async function trainAnimated(pulls, draw) {
  for (let i = 0; i < pulls; i++) {
    const action = tf.tidy(() => tf.argMax(weights, 0).dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per training step; this tidy runs in an async function: return the tensor from it and read it with \\(await t\\.data\\(\\)\\) \\(tip 17\\)$"
    const reward = tf.scalar(pull(action));
    optimizer.minimize(() => tf.log(weights.slice([action], [1])).mul(reward).neg().asScalar());
    reward.dispose();
    draw(i);
    await tf.nextFrame();
  }
}

train(2000);
document.getElementById('animate').onclick = () => trainAnimated(200, (i) => console.log(i));
