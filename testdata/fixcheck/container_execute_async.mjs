// A converted graph model (a bag-of-features intent classifier) shipped with
// the page as an in-memory bundle, queried when the user presses "ask".
// executeAsync returns an array of two tensors (logits and probabilities);
// the array is never disposed, so every click leaks both.
import * as tf from '@tensorflow/tfjs';

const INTENTS = ['greeting', 'weather', 'music'];
const FEATURES = 4;

function bundledModel() {
  const float = { type: 'DT_FLOAT' };
  const dims = (...d) => ({ dim: d.map((size) => ({ size: String(size) })) });
  const modelTopology = {
    node: [
      { name: 'features', op: 'Placeholder', attr: { dtype: float, shape: { shape: dims(-1, FEATURES) } } },
      {
        name: 'dense/kernel',
        op: 'Const',
        attr: { dtype: float, value: { tensor: { dtype: 'DT_FLOAT', tensorShape: dims(FEATURES, INTENTS.length) } } },
      },
      {
        name: 'logits',
        op: 'MatMul',
        input: ['features', 'dense/kernel'],
        attr: { T: float, transpose_a: { b: false }, transpose_b: { b: false } },
      },
      { name: 'probs', op: 'Softmax', input: ['logits'], attr: { T: float } },
    ],
    versions: { producer: 1 },
  };
  const kernel = new Float32Array([1.2, -0.3, 0.1, -0.5, 1.4, 0.2, 0.3, 0.1, 1.1, 0.0, 0.4, -0.2]);
  const weightSpecs = [{ name: 'dense/kernel', shape: [FEATURES, INTENTS.length], dtype: 'float32' }];
  return tf.io.fromMemory({ modelTopology, weightSpecs, weightData: kernel.buffer });
}

function featuresOf(text) {
  const t = text.toLowerCase();
  return [/hello|hi/.test(t), /rain|sun/.test(t), /song|play/.test(t), t.length > 20].map(Number);
}

const model = await tf.loadGraphModel(bundledModel());
const question = document.getElementById('question');
const answer = document.getElementById('answer');
question.value = 'will it rain today?';

document.getElementById('ask').addEventListener('click', async () => {
  const input = tf.tensor2d([featuresOf(question.value)]);
  const outputs = await model.executeAsync(input, ['logits', 'probs']);
  const probs = await outputs[1].data();
  input.dispose();
  const best = probs.indexOf(Math.max(...probs));
  answer.textContent = INTENTS[best];
  console.log(`intent ${INTENTS[best]} (${probs[best].toFixed(3)})`);
});
