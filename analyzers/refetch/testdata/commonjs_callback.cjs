// A fit callback reloads the validation file every epoch.
const tf = require('@tensorflow/tfjs');

async function validate(model) {
  const res = await fetch('http://localhost:8080/val.json'); // want "fetch\\(.http://localhost:8080/val\\.json.\\) downloads the same URL every epoch \\(called from the onEpochEnd callback on line 15\\)"
  const {xs, ys} = await res.json();
  const result = model.evaluate(tf.tensor2d(xs), tf.tensor2d(ys));
  console.log(await result.data());
}

async function main(model, xs, ys) {
  await model.fit(xs, ys, {
    epochs: 40,
    callbacks: {
      onEpochEnd: async () => {
        await validate(model);
      },
    },
  });
}

module.exports = {main};
