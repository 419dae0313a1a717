// Node: a running normalizer built with tf.tidy and tf.keep.
const tf = require('@tensorflow/tfjs');

class RunningStats {
  constructor(size) {
    this.count = 0;
    this.mean = tf.keep(tf.zeros([size]));
    this.m2 = tf.keep(tf.zeros([size]));
  }

  // Welford's update for a batch of rows, all intermediates inside tf.tidy.
  update(batch) {
    tf.tidy(() => {
      const n = batch.shape[0];
      const batchMean = batch.mean(0);
      const delta = batchMean.sub(this.mean);
      const total = this.count + n;
      const newMean = tf.keep(this.mean.add(delta.mul(n / total)));
      const batchM2 = batch.sub(batchMean).square().sum(0);
      const newM2 = tf.keep(this.m2.add(batchM2).add(delta.square().mul((this.count * n) / total)));
      tf.dispose([this.mean, this.m2]);
      this.mean = newMean;
      this.m2 = newM2;
      this.count = total;
    });
  }

  normalize(x) {
    return tf.tidy(() => x.sub(this.mean).div(this.m2.div(Math.max(this.count - 1, 1)).sqrt().add(1e-6)));
  }
}

async function main() {
  const stats = new RunningStats(4);
  for (let i = 0; i < 10; i++) {
    const batch = tf.randomNormal([32, 4], 5, 2);
    stats.update(batch);
    batch.dispose();
  }
  const sample = tf.tensor2d([[5, 5, 5, 5], [7, 3, 5, 9]]);
  const z = stats.normalize(sample);
  console.log('z-scores', await z.array());
  tf.dispose([sample, z, stats.mean, stats.m2]);
}

main();
