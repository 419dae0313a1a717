// Predictions (not weights) stored in localStorage; weights restored from a
// teacher model in the same file.
import * as tf from '@tensorflow/tfjs';

export function cachePredictions(model, xs) {
  const values = tf.tidy(() => model.predict(xs).arraySync());
  localStorage.setItem('preds', JSON.stringify(values));
}

export function distill(student, teacher) {
  student.setWeights(teacher.getWeights());
}
