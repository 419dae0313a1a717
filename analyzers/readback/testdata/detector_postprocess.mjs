// Object detectors of a webcam page: after the awaited executeAsync or
// non-max suppression the model's work is done, and the small outputs (or a
// gather of them) read back at once; a model run read synchronously per
// frame is still the stall tip 17 is about.
import * as tf from '@tensorflow/tfjs';

const video = document.getElementById('webcam');
const detector = await tf.loadGraphModel('ssd/model.json');
const yolo = await tf.loadGraphModel('yolo/model.json');
const classifier = await tf.loadLayersModel('head/model.json');

async function detectSSD() {
  const input = tf.tidy(() => tf.browser.fromPixels(video).expandDims(0));
  const res = await detector.executeAsync(input);
  const [boxes, scores, classes] = res;
  const boxesData = boxes.dataSync(); // want "dataSync\\(\\) .* \\(its input comes from the awaited executeAsync on line 14, which already waited for the GPU\\)"
  const scoresData = scores.dataSync(); // want "dataSync\\(\\) .* \\(its input comes from the awaited executeAsync on line 14, which already waited for the GPU\\)"
  const label = classes.argMax(-1).dataSync(); // want "dataSync\\(\\) .* \\(its input comes from the awaited executeAsync on line 14, which already waited for the GPU\\)"
  draw(boxesData, scoresData, label);
  tf.dispose([input, ...res]);
  requestAnimationFrame(detectSSD);
}

async function detectYolo() {
  const input = tf.tidy(() => tf.browser.fromPixels(video).toFloat().div(255).expandDims(0));
  const out = yolo.execute(input);
  const boxes = tf.tidy(() => out.slice([0, 0, 0], [-1, -1, 4]).squeeze());
  const scores = tf.tidy(() => out.slice([0, 0, 4], [-1, -1, 1]).squeeze());
  const nms = await tf.image.nonMaxSuppressionAsync(boxes, scores, 100, 0.45, 0.25);
  const kept = boxes.gather(nms, 0).dataSync(); // want "dataSync\\(\\) .* \\(its input comes from the awaited nonMaxSuppressionAsync on line 29, which already waited for the GPU\\)"
  draw(kept, scores.gather(nms, 0).dataSync(), null); // want "dataSync\\(\\) .* \\(its input comes from the awaited nonMaxSuppressionAsync on line 29, which already waited for the GPU\\)"
  tf.dispose([input, out, boxes, scores, nms]);
  requestAnimationFrame(detectYolo);
}

async function classifyCrops() {
  const res = await detector.executeAsync(tf.tidy(() => tf.browser.fromPixels(video).expandDims(0)));
  const crop = tf.tidy(() => tf.image.cropAndResize(res[0], res[1], [0], [96, 96]));
  const probs = classifier.predict(crop).dataSync(); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per frame; in this async function use \\(await classifier\\.predict\\(crop\\)\\.data\\(\\)\\) \\(tip 17\\)$"
  const top = classifier.predict(res[2]).argMax(-1).dataSync(); // want "^dataSync\\(\\) blocks the UI thread until the GPU finishes, once per frame"
  draw(null, probs, top);
  tf.dispose([crop, ...res]);
  requestAnimationFrame(classifyCrops);
}

function draw(boxes, scores, labels) {
  document.getElementById('out').textContent = `${boxes?.length} ${scores?.length} ${labels?.length}`;
}

requestAnimationFrame(detectSSD);
requestAnimationFrame(detectYolo);
requestAnimationFrame(classifyCrops);
