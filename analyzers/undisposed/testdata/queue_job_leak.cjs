// A worker polls a job queue that a route fills: the timer starts a job
// only when one waits, so what a job leaks grows per queued job, not per
// tick. An unguarded timer leaks per tick.
const tf = require('@tensorflow/tfjs-node');

const jobs = [];
const pending = [];
let model;

function enqueue(job) {
  jobs.push(job);
  pending.push(job);
}

function score(job) {
  const out = model.predict(tf.tensor2d(job.rows)); // want "leaks one tensor per queued job" "leaks one tensor per queued job"
  console.log(out.shape);
}

setInterval(() => {
  if (jobs.length > 0) {
    const job = jobs.shift();
    score(job);
  }
}, 1000);

setInterval(function () {
  if (!pending.length) return;
  const job = pending.shift();
  const mean = tf.tensor2d(job.rows).mean(0); // want "leaks one tensor per queued job" "leaks one tensor per queued job"
  console.log(mean.shape);
}, 1000);

setInterval(() => {
  const probe = tf.zeros([1, 4]).add(1); // want "leaks one tensor per timer tick" "leaks one tensor per timer tick"
  console.log(probe.shape, jobs.length);
}, 1000);

module.exports = { enqueue, setModel: (m) => { model = m; } };
