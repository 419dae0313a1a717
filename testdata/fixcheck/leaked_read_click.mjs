// Sentiment demo: the user types a review and presses "score". The model
// scores a bag-of-words vector; the prediction is read with dataSync() and
// dropped, so every click leaks the prediction tensor.
import * as tf from '@tensorflow/tfjs';

const VOCAB = ['great', 'good', 'fine', 'bad', 'awful', 'boring', 'fun', 'slow'];

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [VOCAB.length], units: 6, activation: 'relu' }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});

function bagOfWords(text) {
  const words = text.toLowerCase().split(/\W+/);
  return VOCAB.map((w) => (words.includes(w) ? 1 : 0));
}

const review = document.getElementById('review');
const output = document.getElementById('score');
review.value = 'Great fun, a bit slow';

document.getElementById('score-button').addEventListener('click', () => {
  const input = tf.tensor2d([bagOfWords(review.value)]);
  const score = model.predict(input).dataSync()[0];
  input.dispose();
  output.textContent = score > 0.5 ? 'positive' : 'negative';
  console.log(`score: ${score.toFixed(3)} (${output.textContent})`);
});
