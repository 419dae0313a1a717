package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// A drawing pad: each stroke (mouseup) reads the 280x280 canvas, shrinks
// it to the model's 28x28 input and predicts. The full-canvas read is
// what adds up per stroke; the 28x28 copies are a few KB. A pointer move
// fires dozens of times per stroke, so the same 28x28 leak there stays a
// warning.
const drawingPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<canvas id="pad" width="280" height="280"></canvas>
<script>
  const SIZE = 28;
  const pad = document.getElementById('pad');
  let model;
  tf.loadLayersModel('model/model.json').then((m) => { model = m; });
  pad.addEventListener('mouseup', () => {
    const raw = tf.browser.fromPixels(pad, 1);
    const small = tf.image.resizeBilinear(raw, [SIZE, SIZE]);
    const input = small.expandDims(0);
    const scores = model.predict(input);
    document.title = scores.argMax(-1).dataSync()[0];
  });
  pad.addEventListener('mousemove', () => {
    const preview = tf.tidy(() => tf.browser.fromPixels(pad, 1).resizeBilinear([SIZE, SIZE]));
    const guess = model.predict(preview.expandDims(0));
    document.title = preview.shape[0];
    guess.dispose();
  });
</script>
`

// A Node worker: a timer polls a job queue that an HTTP route fills, and
// starts one job per tick only when one waits. A training job leaks once
// per job, not per tick; a timer that predicts on every tick leaks per tick.
const queueWorker = `const tf = require('@tensorflow/tfjs-node');
const express = require('express');
const app = express();
const queue = [];
let model;
app.post('/jobs', express.json(), (req, res) => { queue.push(req.body); res.sendStatus(202); });

async function train(job) {
  const xs = tf.tensor2d(job.xs);
  const ys = tf.tensor2d(job.ys);
  await model.fit(xs, ys, {epochs: 5});
  const check = model.predict(xs);
  console.log(check.shape);
}

setInterval(() => {
  if (queue.length > 0) {
    const job = queue.shift();
    train(job);
  }
}, 5000);

setInterval(() => {
  const probe = model.predict(tf.zeros([1, 4]));
  console.log(probe.shape);
}, 5000);
tf.loadLayersModel('file://model/model.json').then((m) => { model = m; app.listen(3000); });
`

func TestHumanEventAndQueueSeverities(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	overlay := map[string][]byte{"page.html": []byte(drawingPage), "worker.js": []byte(queueWorker)}
	res, err := Run([]string{"page.html", "worker.js"}, Options{Config: cfg, Overlay: overlay})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if f.Rule != "undisposed-tensor" && f.Rule != "leaked-temporary" && f.Rule != "overwritten-tensor" {
			continue
		}
		fmt.Fprintf(&b, "%s:%d %s %s\n", f.File, f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"page.html:10 undisposed-tensor warning", // the 280x280 canvas, per stroke
		"page.html:11 undisposed-tensor info",    // its 28x28 copy
		"page.html:12 undisposed-tensor info",    // the same, batched
		"page.html:13 undisposed-tensor info",    // a loaded model's answer, per stroke
		"page.html:14 leaked-temporary info",     // one index per stroke
		"page.html:17 undisposed-tensor warning", // 28x28, but per pointer move
		"page.html:18 leaked-temporary warning",
		"worker.js:12 undisposed-tensor info",  // once per queued training job
		"worker.js:24 undisposed-tensor error", // per tick
		"worker.js:24 leaked-temporary error",
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

// Models loaded where the code runs again and never disposed: a constant
// location per click or per request reloads the same weights (warning); a
// location the user typed is one load per choice, and a Train button's
// base model one per training run (info).
const modelPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<input id="url" value="model/model.json"><button id="go">Go</button><button id="load">Load</button><button id="train">Train</button>
<script>
  document.getElementById('go').addEventListener('click', async () => {
    const model = await tf.loadLayersModel('model/model.json');
    document.title = String(tf.tidy(() => model.predict(tf.zeros([1, 4])).dataSync())[0]);
  });
  document.getElementById('load').addEventListener('click', async () => {
    const chosen = await tf.loadLayersModel(document.getElementById('url').value);
    chosen.summary();
  });
  document.getElementById('train').addEventListener('click', async () => {
    const base = await tf.loadLayersModel('base/model.json');
    const xs = tf.zeros([8, 4]);
    const ys = tf.zeros([8, 2]);
    await base.fit(xs, ys, {epochs: 5});
    tf.dispose([xs, ys]);
  });
</script>
`

const modelServer = `const tf = require('@tensorflow/tfjs-node');
const express = require('express');
const app = express();
app.post('/predict', express.json(), async (req, res) => {
  const model = await tf.loadLayersModel('file://model/model.json');
  res.json(tf.tidy(() => model.predict(tf.tensor2d([req.body.features])).arraySync()));
});
app.listen(3000);
`

func TestModelReloadSeverities(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	overlay := map[string][]byte{"page.html": []byte(modelPage), "server.js": []byte(modelServer)}
	res, err := Run([]string{"page.html", "server.js"}, Options{Config: cfg, Overlay: overlay})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if strings.Contains(f.Message, "weights are loaded again") {
			fmt.Fprintf(&b, "%s:%d %s %s\n", f.File, f.Range.Start.Line, f.Rule, f.Severity)
		}
	}
	want := strings.Join([]string{
		"page.html:6 undisposed-tensor warning", // the same weights again per click
		"page.html:10 undisposed-tensor info",   // the model the user typed
		"page.html:14 undisposed-tensor info",   // once per training run
		"server.js:5 undisposed-tensor warning", // per request
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}
