// Package shuffle defines an Analyzer that reports unshuffled training data
// (rule missing-shuffle, tip 8). It reports:
//
//   - `shuffle: false` in the config of model.fit (a tfjs LayersModel, or a
//     `.fit(x, y, {…})` call in a file that uses tfjs and defines no fit
//     method of its own), unless a layer of the file is `stateful: true` or
//     the data is trained full batch: x's sample count, followed to the
//     tensor's values or shape, is at most the batch size (32 when absent
//     or read at run time), the batch size reads the number that sizes x
//     (batchSize: n with shape [n, …], xs.shape[0], rows.length), or x
//     holds values parsed from text typed into the page;
//   - model.fitDataset(ds) when ds's pipeline is fully known — it starts at
//     tf.data.array, tf.data.csv or tf.data.zip of such pipelines and is
//     followed through variables, straight-line reassignments
//     (`ds = ds.batch(32)`), this.x properties, local functions that return
//     it and parameters of local functions — and never calls .shuffle(…).
//     tf.data.generator and tf.data.func pipelines are not known: generators
//     often sample at random;
//     A pipeline of known size that is one batch (.batch(n) with n at least
//     its size) is not reported either; one whose tf.data.csv source is a
//     local file in no label order is reported at info (csvorder.go);
//   - .batch(n) before the first .shuffle(…) of a pipeline, which shuffles
//     whole batches, unless every model of the file is one dense layer
//     (a convex regression, where reordered batches are enough);
//   - .shuffle(k) with a constant buffer k < 2, which does not shuffle.
//
// Suggested fixes remove the `shuffle: false` property, insert .shuffle(N)
// before the pipeline's .batch(…) (N is the dataset's size when the array
// literal behind tf.data.array gives it, else 1000), and move a .shuffle(…)
// that directly follows .batch(…) in front of it.
package shuffle
