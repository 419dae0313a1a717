// A tfjs file that also uses non-tfjs objects with fit/save/data methods.
import * as tf from '@tensorflow/tfjs';
import { KMeans } from 'ml-kmeans';
const Chart = require('chart.js');

class Normalizer {
  fit(values, axis) {
    this.mean = values.reduce((a, b) => a + b, 0) / values.length;
    this.axis = axis;
    return this;
  }

  prepare(values) {
    this.fit(values, 0); // synchronous local method
    return values.map((v) => v - this.mean);
  }
}

export function cluster(points, settings, chartEl) {
  const kmeans = new KMeans({ k: 3 });
  kmeans.fit(points, 3);
  const norm = new Normalizer();
  norm.fit(points, 1);
  const chart = new Chart(chartEl, { type: 'scatter' });
  chart.data();
  settings.save();
  settings.save('theme', 'dark');
  const ds = tf.data.array(points).batch(8);
  return { kmeans, ds, chart, prepared: norm.prepare(points) };
}

export function scaleOnly(scaler, rows) {
  scaler.fit(rows);
  return tf.tensor2d(scaler.transform(rows));
}
