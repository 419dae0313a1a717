// Iterative algorithms whose loops run entirely inside tf.tidy.
import * as tf from '@tensorflow/tfjs';

// k-means on the rows of `points` ([n, d]); returns the centroids ([k, d]).
export function kMeans(points, k, iterations = 20) {
  return tf.tidy(() => {
    const n = points.shape[0];
    let centroids = points.gather(tf.range(0, n, Math.floor(n / k), 'int32').slice(0, k));
    for (let it = 0; it < iterations; it++) {
      const distances = points.expandDims(1).sub(centroids.expandDims(0)).square().sum(2);
      const assignment = distances.argMin(1);
      const oneHot = tf.oneHot(assignment, k).toFloat();
      const counts = oneHot.sum(0).expandDims(1).maximum(1);
      centroids = oneHot.transpose().matMul(points).div(counts);
    }
    return centroids;
  });
}

// Iterative denoising of an image tensor: x <- x + step * laplacian(x).
export function smooth(image, steps = 10, step = 0.2) {
  return tf.tidy(() => {
    const kernel = tf.tensor4d([0, 1, 0, 1, -4, 1, 0, 1, 0], [3, 3, 1, 1]);
    let x = image.toFloat().expandDims(0);
    for (let s = 0; s < steps; s++) {
      const laplacian = tf.conv2d(x, kernel, 1, 'same');
      x = x.add(laplacian.mul(step));
    }
    return x.squeeze([0]);
  });
}

export async function clusterSizes(points, k) {
  const centroids = kMeans(points, k);
  const sizes = tf.tidy(() => {
    const d = points.expandDims(1).sub(centroids.expandDims(0)).square().sum(2);
    return tf.oneHot(d.argMin(1), k).sum(0);
  });
  const result = await sizes.array();
  tf.dispose([centroids, sizes]);
  return result;
}
