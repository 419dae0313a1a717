// node fetch-and-train.cjs: retries a flaky download with a back-off, then trains.
const tf = require('@tensorflow/tfjs-node');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function download(url, retries = 5) {
  for (let i = 0; i < retries; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
    } catch (err) {
      console.warn('retrying', err.message);
    }
    await sleep(5000); // back off before the next attempt
  }
  throw new Error(`could not download ${url}`);
}

async function main() {
  const rows = await download('https://example.com/data.json');
  const xs = tf.tensor2d(rows.map((r) => r.x));
  const ys = tf.tensor2d(rows.map((r) => [r.y]));
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [xs.shape[1]] })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 10 });
  await model.save('file://./model');
  setTimeout(() => process.exit(0), 1000);
}

main();
