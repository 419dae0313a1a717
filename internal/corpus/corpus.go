// Package corpus generates realistic TensorFlow.js training code of a given
// size, for benchmarks and fuzz seeds: ES modules, CommonJS scripts and HTML
// pages made of the pieces real training code is made of (data loading,
// model building, fit with callbacks, custom loops, webcam inference).
package corpus

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
)

// Style is the module style of a generated file.
type Style int

const (
	ESM Style = iota
	CommonJS
	HTML
	TypeScript // the ES module code with type annotations, as a .ts file
)

// Ext is the file extension for a style.
func (s Style) Ext() string {
	return [...]string{".mjs", ".cjs", ".html", ".ts"}[s]
}

// Generate returns a file of about size bytes (never less) in the given style.
func Generate(seed uint64, style Style, size int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var b strings.Builder
	switch style {
	case ESM, TypeScript:
		b.WriteString("import * as tf from '@tensorflow/tfjs';\nimport {loadImages} from './data.js';\n\n")
	case CommonJS:
		b.WriteString("'use strict';\nconst tf = require('@tensorflow/tfjs');\nconst fs = require('fs');\n\n")
	case HTML:
		b.WriteString("<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Trainer</title>\n" +
			"<script src=\"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js\"></script>\n</head>\n<body>\n" +
			"<video id=\"webcam\" width=\"224\" height=\"224\" autoplay></video>\n<button id=\"train\">Train</button>\n<script>\n")
	}
	for i := 0; b.Len() < size; i++ {
		block := blocks[r.IntN(len(blocks))]
		b.WriteString(block(r, i))
		b.WriteString("\n")
	}
	if style == HTML {
		b.WriteString("</script>\n</body>\n</html>\n")
	}
	if style == TypeScript {
		return []byte(typed(b.String()))
	}
	return []byte(b.String())
}

// annotations turn the blocks into TypeScript as people write it:
// parameters, results, fields and casts typed with tfjs's classes.
var annotations = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`function buildModel(\d+)\(inputShape, numClasses\) \{`),
		"function buildModel$1(inputShape: [number, number, number], numClasses: number): tf.Sequential {"},
	{regexp.MustCompile(`async function train(\d+)\(model, xs, ys, statusEl\) \{`),
		"async function train$1(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor, statusEl: HTMLElement): Promise<number> {"},
	{regexp.MustCompile(`onEpochEnd: async \(epoch, logs\) =>`), "onEpochEnd: async (epoch: number, logs: tf.Logs) =>"},
	{regexp.MustCompile(`async function fitLinear(\d+)\(xs, ys, steps\) \{`),
		"async function fitLinear$1(xs: tf.Tensor2D, ys: tf.Tensor2D, steps: number): Promise<{ w: tf.Variable; b: tf.Variable }> {"},
	{regexp.MustCompile(`function startPredicting(\d+)\(model, video, labels\) \{`),
		"function startPredicting$1(model: tf.LayersModel, video: HTMLVideoElement, labels: string[]): void {"},
	{regexp.MustCompile(`const loop = async \(\) =>`), "const loop = async (): Promise<void> =>"},
	{regexp.MustCompile(`return model\.predict\(batched\);`), "return model.predict(batched) as tf.Tensor;"},
	{regexp.MustCompile(`function makeDataset(\d+)\(samples\) \{`),
		"function makeDataset$1(samples: Array<{ features: number[]; label: number }>): tf.data.Dataset<tf.TensorContainer> {"},
	{regexp.MustCompile(`class Trainer(\d+) \{\n  constructor\(model, \{epochs = (\d+), batchSize = 32\} = \{\}\) \{`),
		"class Trainer$1 {\n  private readonly model: tf.LayersModel;\n  private epochs: number;\n  private batchSize: number;\n  history: tf.Logs[];\n\n" +
			"  constructor(model: tf.LayersModel, {epochs = $2, batchSize = 32}: { epochs?: number; batchSize?: number } = {}) {"},
	{regexp.MustCompile(`async trainOn\(dataset\) \{`), "async trainOn(dataset: tf.data.Dataset<tf.TensorContainer>): Promise<tf.History> {"},
	{regexp.MustCompile(`evaluate\(xs, ys\) \{`), "evaluate(xs: tf.Tensor, ys: tf.Tensor): { loss: number; acc: number } {"},
	{regexp.MustCompile(`\{batchSize: this\.batchSize\}\);`), "{batchSize: this.batchSize}) as tf.Scalar[];"},
	{regexp.MustCompile(`function normalize(\d+)\(x\) \{`), "function normalize$1(x: tf.Tensor2D): tf.Tensor2D {"},
}

func typed(src string) string {
	for _, a := range annotations {
		src = a.re.ReplaceAllString(src, a.with)
	}
	return src
}

var blocks = []func(r *rand.Rand, i int) string{buildModel, fitModel, customLoop, webcamLoop, dataPipeline, trainerClass, normalize}

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

func buildModel(r *rand.Rand, i int) string {
	units := pick(r, 16, 32, 64, 128)
	act := pick(r, "relu", "elu", "selu")
	opt := pick(r, "tf.train.adam(0.001)", "tf.train.sgd(0.05)", "'adam'", "tf.train.rmsprop(0.0005)")
	return fmt.Sprintf(`// Builds the classifier head (variant %[1]d).
function buildModel%[1]d(inputShape, numClasses) {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({inputShape, filters: %[2]d, kernelSize: 3, activation: '%[3]s'}));
  model.add(tf.layers.maxPooling2d({poolSize: 2}));
  model.add(tf.layers.conv2d({filters: %[2]d, kernelSize: 3, activation: '%[3]s'}));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dropout({rate: 0.25}));
  model.add(tf.layers.dense({units: numClasses, activation: 'softmax'}));
  model.compile({optimizer: %[4]s, loss: 'categoricalCrossentropy', metrics: ['accuracy']});
  return model;
}
`, i, units, act, opt)
}

func fitModel(r *rand.Rand, i int) string {
	return fmt.Sprintf(`async function train%[1]d(model, xs, ys, statusEl) {
  const history = await model.fit(xs, ys, {
    epochs: %[2]d,
    batchSize: %[3]d,
    validationSplit: 0.15,
    shuffle: %[4]v,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        statusEl.textContent = `+"`epoch ${epoch}: loss=${logs.loss.toFixed(4)} acc=${logs.acc}`"+`;
        await tf.nextFrame();
      },
    },
  });
  return history.history.loss[history.history.loss.length - 1];
}
`, i, pick(r, 5, 10, 20, 60), pick(r, 16, 32, 64), r.IntN(4) != 0)
}

func customLoop(r *rand.Rand, i int) string {
	return fmt.Sprintf(`async function fitLinear%[1]d(xs, ys, steps) {
  const w = tf.variable(tf.randomNormal([%[2]d, 1]));
  const b = tf.variable(tf.zeros([1]));
  const optimizer = tf.train.adam(%[3]s);
  for (let step = 0; step < steps; step++) {
    const cost = optimizer.minimize(() => {
      const pred = xs.matMul(w).add(b);
      return tf.losses.meanSquaredError(ys, pred);
    }, true);
    if (step %% 10 === 0) {
      console.log('step', step, (await cost.data())[0]);
    }
    cost.dispose();
  }
  return {w, b};
}
`, i, pick(r, 4, 8, 13), pick(r, "0.001", "0.01", "0.003"))
}

func webcamLoop(r *rand.Rand, i int) string {
	return fmt.Sprintf(`function startPredicting%[1]d(model, video, labels) {
  const loop = async () => {
    const logits = tf.tidy(() => {
      const img = tf.browser.fromPixels(video).toFloat();
      const batched = img.div(127.5).sub(1).expandDims(0);
      return model.predict(batched);
    });
    const probs = await logits.data();
    logits.dispose();
    document.getElementById('label').textContent = labels[probs.indexOf(Math.max(...probs))];
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}
`, i)
}

func dataPipeline(r *rand.Rand, i int) string {
	return fmt.Sprintf(`function makeDataset%[1]d(samples) {
  const xs = tf.data.array(samples.map(s => s.features));
  const ys = tf.data.array(samples.map(s => s.label));
  return tf.data.zip({xs, ys})
    .shuffle(%[2]d)
    .batch(%[3]d)
    .prefetch(1);
}
`, i, pick(r, 100, 1000, 5000), pick(r, 16, 32))
}

func trainerClass(r *rand.Rand, i int) string {
	return fmt.Sprintf(`class Trainer%[1]d {
  constructor(model, {epochs = %[2]d, batchSize = 32} = {}) {
    this.model = model;
    this.epochs = epochs;
    this.batchSize = batchSize;
    this.history = [];
  }

  async trainOn(dataset) {
    const result = await this.model.fitDataset(dataset, {
      epochs: this.epochs,
      callbacks: {onEpochEnd: (epoch, logs) => this.history.push(logs)},
    });
    return result;
  }

  evaluate(xs, ys) {
    return tf.tidy(() => {
      const [loss, acc] = this.model.evaluate(xs, ys, {batchSize: this.batchSize});
      return {loss: loss.dataSync()[0], acc: acc.dataSync()[0]};
    });
  }
}
`, i, pick(r, 10, 25, 50))
}

func normalize(r *rand.Rand, i int) string {
	return fmt.Sprintf(`function normalize%[1]d(x) {
  return tf.tidy(() => {
    const {mean, variance} = tf.moments(x, 0);
    return x.sub(mean).div(variance.sqrt().add(%[2]s));
  });
}
`, i, pick(r, "1e-7", "1e-5"))
}
