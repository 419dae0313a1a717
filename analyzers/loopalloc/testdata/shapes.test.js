// Jest tests (CommonJS, tfjs-node): one model per configuration, each built
// for its own shapes; the runner exits after the cases.
const tf = require('@tensorflow/tfjs-node');

const cases = require('./fixtures/dense-cases.json');

test('dense output follows units', () => {
  cases.forEach((c) => {
    const x = tf.input({ shape: c.shape });
    const y = tf.layers.dense({ units: c.units }).apply(x);
    const model = tf.model({ inputs: x, outputs: y });
    const out = model.predict(tf.ones([1, ...c.shape]));
    expect(out.shape).toEqual([1, c.shape[0], c.units]);
  });
});
