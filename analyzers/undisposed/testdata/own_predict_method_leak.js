// A classifier wrapper whose predict returns the model's output tensor:
// the caller owns it, and the game loop never disposes it.
import * as tf from '@tensorflow/tfjs';

class Classifier {
  constructor(model) {
    this.model = model;
  }

  predict(input) {
    return tf.tidy(() => this.model.predict(input.div(255)));
  }
}

const classifier = new Classifier(await tf.loadLayersModel('model/model.json'));
const webcam = await tf.data.webcam(document.querySelector('video'));

async function loop() {
  const img = await webcam.capture();
  const probs = classifier.predict(img); // want "`probs` from classifier\\.predict is never disposed: it leaks one tensor per frame"
  const label = (await probs.argMax(-1).data())[0]; // want "argMax"
  document.getElementById('label').textContent = String(label);
  img.dispose();
  requestAnimationFrame(loop);
}
loop();
