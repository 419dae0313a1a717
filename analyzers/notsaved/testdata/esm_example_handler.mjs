import * as tf from '@tensorflow/tfjs';
import * as ui from './ui.js';
import {ControllerDataset} from './controller_dataset.js';

const controllerDataset = new ControllerDataset(4);
let webcam;
let truncatedMobileNet;
let model;

async function getImage() {
  const img = await webcam.capture();
  const processed = tf.tidy(() => img.expandDims(0).toFloat().div(127).sub(1));
  img.dispose();
  return processed;
}

// The buttons of ui.js call this while they are held.
ui.setExampleHandler(async (label) => {
  const img = await getImage();
  controllerDataset.addExample(truncatedMobileNet.predict(img), label);
  ui.drawThumb(img, label);
  img.dispose();
});

async function train() {
  model = tf.sequential({
    layers: [
      tf.layers.flatten({inputShape: truncatedMobileNet.outputs[0].shape.slice(1)}),
      tf.layers.dense({units: ui.getDenseUnits(), activation: 'relu'}),
      tf.layers.dense({units: 4, activation: 'softmax'}),
    ],
  });
  model.compile({optimizer: tf.train.adam(ui.getLearningRate()), loss: 'categoricalCrossentropy'});
  await model.fit(controllerDataset.xs, controllerDataset.ys, { // want "fit trains on examples the user collects"
    batchSize: 32,
    epochs: ui.getEpochs(),
    callbacks: {onBatchEnd: async (batch, logs) => ui.trainStatus('Loss: ' + logs.loss.toFixed(5))},
  });
}

document.getElementById('train').addEventListener('click', async () => {
  ui.trainStatus('Training...');
  await tf.nextFrame();
  await train();
});

async function init() {
  webcam = await tf.data.webcam(document.getElementById('webcam'));
  const mobilenet = await tf.loadLayersModel('https://storage.googleapis.com/tfjs-models/tfjs/mobilenet_v1_0.25_224/model.json');
  const layer = mobilenet.getLayer('conv_pw_13_relu');
  truncatedMobileNet = tf.model({inputs: mobilenet.inputs, outputs: layer.output});
}

init();
