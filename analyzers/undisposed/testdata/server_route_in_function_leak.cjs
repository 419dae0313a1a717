// A Node inference server that sets up its routes inside an async start
// function: each request's tensors belong to the route's handler.
const tf = require('@tensorflow/tfjs-node');
const express = require('express');

async function start(port) {
  const model = await tf.loadLayersModel('file://model/model.json');
  const app = express();
  app.use(express.json());
  app.post('/predict', (req, res) => {
    const input = tf.tensor2d([req.body.features]);
    const scores = model.predict(input); // want "`scores` from model.predict is never disposed: it leaks one tensor.* per request"
    res.json({ label: scores.argMax(-1).dataSync()[0] }); // want "the tensor from scores.argMax is read with dataSync\\(\\) and never disposed"
    input.dispose();
  });
  app.listen(port);
}

start(8080);
