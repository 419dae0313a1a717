const data = require('./data');
const { noise } = require('./data.js');
const { buildModel, optimizer } = require('./model');

async function main() {
  const model = buildModel();
  for (let epoch = 0; epoch < 100; epoch++) {
    const { xs, ys } = data.randomBatch(32);
    await model.fit(xs, ys, { epochs: 1 });
    xs.dispose();
    ys.dispose();
    const eps = noise([32, 10]); // want "undisposed-tensor: `eps` from noise\(\) is never disposed: it leaks one tensor per training step"
    const jitter = data.makeNoise([32, 10]);
    console.log(eps.shape, jitter.shape);
    jitter.dispose();
  }
  optimizer.minimize(() => model.predict(noise([1, 10])).mean());
}

main();
