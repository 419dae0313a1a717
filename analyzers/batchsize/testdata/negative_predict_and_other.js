// batchSize: 1 outside fit: predict, evaluate, a data pipeline and another library's fit.
const tf = require('@tensorflow/tfjs');
const regression = require('ml-regression');

function use(model, x, xs, ys) {
  const y = model.predict(x, { batchSize: 1 });
  const e = model.evaluate(xs, ys, { batchSize: 1 });
  const fitted = regression.fit(xs, ys, { batchSize: 1, degree: 2 });
  return [y, e, fitted];
}

module.exports = { use };
