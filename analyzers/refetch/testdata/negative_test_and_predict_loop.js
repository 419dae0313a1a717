// A prediction loop (no training) and a test file's setup.
async function predictAll(urls, model) {
  const labels = await (await fetch('labels.json')).json();
  for (let i = 0; i < urls.length; i++) {
    const meta = await (await fetch('meta.json')).json();
    const out = model.predict(tf.zeros([1, 4]));
    console.log(labels[out.argMax(1).dataSync()[0]], meta);
  }
}

describe('training', () => {
  it('fits', async () => {
    for (let e = 0; e < 3; e++) {
      const d = await (await fetch('fixture.json')).json();
      await model.fit(tf.tensor2d(d.x), tf.tensor2d(d.y));
    }
  });
});
