// A curve-fit page (script with the global tf): after every epoch it plots
// the model's curve point by point. Each point is its own predict and read,
// so every epoch pays one GPU round trip per point.
const POINTS = 10;
const chart = { update() {} };

function predictAndDraw(model) {
  const ys = [];
  for (let x = 0; x < POINTS; x++) {
    ys.push(model.predict(tf.tensor2d([x], [1, 1])).dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per item of a loop that runs once per epoch \\(called from the onEpochEnd callback on line 31\\): read back once after the loop, or use .* in an async function \\(tip 17\\)$"
  }
  chart.update(ys);
}

// The same plot drawn every 100th epoch (and the first): a few dozen
// reads in a whole training run.
function drawROC(model, xs) {
  return tf.tidy(() => {
    const rates = [];
    for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      rates.push(model.predict(xs).greater(t).mean().dataSync()[0]); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per epoch \\(called from the onEpochEnd callback on line 31\\) \\(fit has already waited for the step's logs\\): return the tensor from the tidy and read it after with .* \\(tip 17\\)$"
    }
    return rates;
  });
}

async function train(model, xs, ys) {
  await model.fit(xs, ys, {
    epochs: 1000,
    callbacks: {
      onEpochEnd: async (epoch) => {
        predictAndDraw(model);
        if ((epoch + 1) % 100 === 0 || epoch === 0) {
          console.log(drawROC(model, xs));
        }
        await tf.nextFrame();
      },
    },
  });
}

train(tf.sequential(), tf.zeros([10, 1]), tf.zeros([10, 1]));
