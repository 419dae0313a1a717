import * as tf from '@tensorflow/tfjs-node';
import express from 'express';

const app = express();

app.post('/predict', (req, res) => {
  tf.scalar(1); // want "^per request$"
});

process.on('message', (msg) => {
  tf.scalar(2); // want "^per message$"
});

process.once('exit', () => {
  tf.scalar(3); // want "^once$"
});

export function handle(x) {
  tf.scalar(4); // want "^unknown$"
}

const ui = {
  onTrain() {
    tf.scalar(5); // want "^unknown$"
  },
};
ui.onTrain();
