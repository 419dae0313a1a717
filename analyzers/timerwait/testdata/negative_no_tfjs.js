// brain.js, not TensorFlow.js: the same shapes of code are not ours to judge.
import brain from 'brain.js';

const net = new brain.NeuralNetwork();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function trainXor() {
  net.trainAsync([{ input: [0, 1], output: [1] }]);
  net.fit([[0, 1]], [[1]]);
  await sleep(3000);
  setTimeout(() => console.log(net.run([0, 1]), net.predict([[1, 0]])), 2000);
}
