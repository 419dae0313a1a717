// Embeddings kept in a Map and in a cache object: they outlive the function on purpose.
import * as tf from '@tensorflow/tfjs';

const encoder = tf.sequential({
  layers: [
    tf.layers.dense({ units: 64, activation: 'relu', inputShape: [128] }),
    tf.layers.dense({ units: 16 }),
  ],
});

const embeddingCache = new Map();
const centroids = {};

export function embed(id, features) {
  if (embeddingCache.has(id)) return embeddingCache.get(id);
  const input = tf.tensor2d([features]);
  const embedding = encoder.predict(input);
  input.dispose();
  embeddingCache.set(id, embedding);
  return embedding;
}

export function addCentroid(label, examples) {
  const batch = tf.tensor2d(examples);
  const centroid = tf.tidy(() => encoder.predict(batch).mean(0));
  batch.dispose();
  if (centroids[label]) centroids[label].dispose();
  centroids[label] = centroid;
}

export async function nearestLabel(id, features) {
  const query = embed(id, features);
  let best = null;
  let bestDistance = Infinity;
  for (const [label, centroid] of Object.entries(centroids)) {
    const distance = tf.tidy(() => query.squeeze().sub(centroid).norm());
    const value = (await distance.data())[0];
    distance.dispose();
    if (value < bestDistance) {
      bestDistance = value;
      best = label;
    }
  }
  return best;
}

export function clearCache() {
  for (const t of embeddingCache.values()) t.dispose();
  embeddingCache.clear();
}
