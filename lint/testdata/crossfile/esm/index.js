import { createModel, loadPretrained } from './model.js';
import * as camera from './camera.js';
import { grab, ensureBatch } from './camera.js';

const video = document.querySelector('video');
const label = document.getElementById('label');
const model = createModel(3);

function predictLoop() {
  const frame = camera.captureFrame(video); // want "undisposed-tensor: `frame` from camera.captureFrame\(\) is never disposed"
  const scores = model.predict(frame); // want "undisposed-tensor: `scores` from model.predict is never disposed"
  scores.data().then((s) => { label.textContent = String(s.indexOf(Math.max(...s))); });
  requestAnimationFrame(predictLoop);
}

function predictLoopDisposing() {
  const frame = grab(video);
  const batch = ensureBatch(frame);
  const scores = model.predict(batch);
  scores.data().then((s) => { label.textContent = String(s[0]); });
  frame.dispose();
  scores.dispose();
  requestAnimationFrame(predictLoopDisposing);
}

document.getElementById('start').addEventListener('click', async () => {
  const pretrained = await loadPretrained('model.json');
  const out = pretrained.predict(grab(video)); // want "undisposed-tensor: `out` from pretrained.predict" "leaked-temporary: the tensor from grab\(\) is passed to pretrained.predict"
  console.log(out.shape);
  requestAnimationFrame(predictLoop);
  requestAnimationFrame(predictLoopDisposing);
});

// Through the barrel: the same producer and model maker under other names.
import { snap, createModel as makeModel } from './barrel.js';
const second = makeModel(2);
function barrelLoop() {
  const shot = snap(video); // want "undisposed-tensor: `shot` from snap\(\) is never disposed: it leaks one tensor per frame"
  const out = second.predict(shot); // want "undisposed-tensor: `out` from second.predict is never disposed"
  label.textContent = String(out.dataSync()[0]); // want "sync-readback"
  requestAnimationFrame(barrelLoop);
}
requestAnimationFrame(barrelLoop);
