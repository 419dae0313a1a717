// A new shard per step: the URL follows the loop variable.
const tf = require('@tensorflow/tfjs-node');

async function train(model, shardCount) {
  for (let i = 0; i < shardCount; i++) {
    const res = await fetch(`https://example.com/shards/shard-${i}.json`);
    const shard = await res.json();
    await model.fit(tf.tensor2d(shard.x), tf.tensor2d(shard.y), {epochs: 1});
  }
  for (const url of ['a.json', 'b.json']) {
    const res = await fetch(url);
    const s = await res.json();
    await model.fit(tf.tensor2d(s.x), tf.tensor2d(s.y));
  }
}
module.exports = train;
