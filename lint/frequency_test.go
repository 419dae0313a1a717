package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// A page whose leaks differ only in how often their code runs.
const frequencyPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<video id="cam"></video><button id="go">Go</button>
<script>
  const cam = document.getElementById('cam');
  const model = tf.sequential({layers: [tf.layers.dense({units: 4, inputShape: [8]})]});
  const startup = tf.browser.fromPixels(cam).mean();
  function frame() {
    const pixels = tf.browser.fromPixels(cam);
    document.title = pixels.shape[0];
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  document.getElementById('go').addEventListener('click', () => {
    const still = tf.browser.fromPixels(cam);
    const tiny = tf.scalar(2);
    document.title = still.shape[1] + tiny.shape.length;
    for (let i = 0; i < model.layers.length; i++) {
      console.log(tf.browser.fromPixels(cam).toFloat().mean().dataSync());
    }
    const guess = model.predict(tf.tensor2d(cam.dataset.features.split(','), [1, 8]));
    const frameCopy = tf.tensor4d(cam.dataset.pixels.split(','), [1, 224, 224, 3]);
    document.title = guess.shape[0] + frameCopy.shape[0];
  });
  window.addEventListener('load', () => {
    const warm = tf.browser.fromPixels(cam);
    document.title = warm.shape[2];
  });
</script>
`

// A library module: its export's callers are out of sight.
const frequencyModule = `import * as tf from '@tensorflow/tfjs';
export function preprocess(img) {
  const pixels = tf.browser.fromPixels(img);
  return pixels.toFloat().div(255);
}
`

func TestSeverityByFrequency(t *testing.T) {
	overlay := map[string][]byte{"page.html": []byte(frequencyPage), "lib.mjs": []byte(frequencyModule)}
	lint := func(cfg *rules.Config) string {
		cfg.Sim.Enabled = false
		res, err := Run([]string{"lib.mjs", "page.html"}, Options{Config: cfg, Overlay: overlay})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, f := range res.Findings {
			fmt.Fprintf(&b, "%s:%d %s %s\n", f.File, f.Range.Start.Line, f.Rule, f.Severity)
		}
		return b.String()
	}
	want := strings.Join([]string{
		"lib.mjs:3 undisposed-tensor info",    // an export: callers unknown
		"lib.mjs:4 leaked-temporary info",     // the same
		"page.html:9 undisposed-tensor error", // per frame
		"page.html:15 undisposed-tensor warning",
		"page.html:16 undisposed-tensor info",    // per click, but one element
		"page.html:19 leaked-temporary warning",  // per click, in a loop over layers
		"page.html:19 sync-readback info",        // per click
		"page.html:21 undisposed-tensor info",    // a prediction on 8 numbers
		"page.html:21 leaked-temporary info",     // per click, a literal [1, 8] shape
		"page.html:22 undisposed-tensor warning", // per click, an image-sized literal shape
		"",
	}, "\n")
	if got := lint(rules.DefaultConfig()); got != want {
		t.Errorf("default config:\n%s\nwant:\n%s", got, want)
	}
	// report-once adds the one-off leaks (top level, the load handler) at info.
	cfg := rules.DefaultConfig()
	cfg.ReportOnce = true
	got := lint(cfg)
	for _, line := range []string{"page.html:7 leaked-temporary info", "page.html:26 undisposed-tensor info"} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("report-once: missing %q in\n%s", line, got)
		}
	}
}

// Readbacks that cost no frame: inside the function a gradient API
// differentiates (nothing can be awaited there, and the value read steers
// the step), and on the CPU backend (no GPU to wait for).
var readbackFiles = map[string][]byte{
	"policy.mjs": []byte(`import * as tf from '@tensorflow/tfjs';
const policy = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [4], activation: 'softmax'})]});
const optimizer = tf.train.adam(0.01);
let state = [0, 0, 0, 0];
function env(action) { state = state.map((v) => v + action - 0.5); return Math.abs(state[0]) > 3; }
async function episode() {
  let done = false;
  while (!done) {
    const grads = tf.variableGrads(() => {
      const probs = policy.predict(tf.tensor2d([state]));
      const action = tf.multinomial(tf.log(probs), 1).dataSync()[0];
      done = env(action);
      return tf.log(probs).sum();
    });
    optimizer.applyGradients(grads.grads);
    tf.dispose(grads);
    const f = () => tf.tidy(() => tf.log(policy.predict(tf.tensor2d([state]))).sum().mul(tf.scalar(tf.argMax(policy.predict(tf.tensor2d([state])), 1).dataSync()[0])));
    tf.dispose(tf.variableGrads(f));
    const shown = policy.predict(tf.tensor2d([state])).dataSync();
    document.title = String(shown[0]);
    await tf.nextFrame();
  }
}
episode();
`),
	"cpu.mjs": []byte(`import * as tf from '@tensorflow/tfjs';
await tf.setBackend('cpu');
const q = tf.sequential({layers: [tf.layers.dense({units: 4, inputShape: [4]})]});
let running = true;
async function run() {
  while (running) {
    const values = q.predict(tf.tensor2d([[1, 2, 3, 4]]));
    document.title = String(values.dataSync()[0]);
    tf.dispose(values);
    await tf.nextFrame();
  }
}
run();
`),
}

func TestReadbackSeverities(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"cpu.mjs", "policy.mjs"}, Options{Config: cfg, Overlay: readbackFiles})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		if f.Rule == "sync-readback" {
			got = append(got, fmt.Sprintf("%s:%d %s", f.File, f.Range.Start.Line, f.Severity))
		}
	}
	want := []string{
		"policy.mjs:11 info",    // inside variableGrads: the sampled action steps the environment
		"policy.mjs:17 info",    // the same through a variable: const f = …; tf.variableGrads(f)
		"policy.mjs:19 warning", // per frame, outside any gradient function
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sync-readback findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A resize per frame costs the frame rate; one per click or upload is a
// few milliseconds the user does not see.
const resizePage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<video id="cam"></video><img id="photo"><button id="go">Classify</button>
<script>
  const cam = document.getElementById('cam');
  const photo = document.getElementById('photo');
  function frame() {
    tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(cam), [224, 224]).mean().print());
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  document.getElementById('go').addEventListener('click', () => {
    tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(photo), [224, 224]).mean().print());
  });
</script>
`

func TestResizeSeverities(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"page.html"}, Options{Config: cfg, Overlay: map[string][]byte{"page.html": []byte(resizePage)}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		if f.Rule == "resize-full-tensor" {
			got = append(got, fmt.Sprintf("%d %s", f.Range.Start.Line, f.Severity))
		}
	}
	if want := []string{"8 warning", "13 info"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("resize-full-tensor findings %v, want %v", got, want)
	}
}

// A page whose buttons leak their input per click: one row, 256 bytes
// (info), and a 64×64 batch, 16 KiB (warning), as the dry run measures
// them.
const eventGrowthPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<button id="train">Train</button><button id="small">Small</button><button id="big">Big</button><p id="out"></p>
<script>
  const model = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [64]})]});
  model.compile({optimizer: 'adam', loss: 'meanSquaredError'});
  document.getElementById('train').addEventListener('click', async () => {
    const [xs, ys] = [tf.zeros([4, 64]), tf.zeros([4, 1])];
    await model.fit(xs, ys, {epochs: 1});
    tf.dispose([xs, ys]);
  });
  document.getElementById('small').addEventListener('click', () => {
    const xs = tf.randomNormal([1, 64]);
    document.getElementById('out').textContent = xs.shape[0];
  });
  document.getElementById('big').addEventListener('click', () => {
    const xs = tf.randomNormal([64, 64]);
    document.getElementById('out').textContent = model.predict(xs).shape[0];
  });
</script>
`

func TestEventGrowthSeverityBySize(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(page, []byte(eventGrowthPage), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run([]string{page}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]rules.Severity{}
	for _, f := range res.Findings {
		if f.Rule == "memory-growth" {
			got[f.Range.Start.Line] = f.Severity
		}
	}
	if got[13] != rules.Info || got[17] != rules.Warning {
		t.Errorf("memory-growth severities by line = %v; want line 13 info (256 bytes a click), line 17 warning (16 KiB a click)", got)
	}
}

// A page whose Predict button is clicked by the user, by an Auto timer
// (programmatically, with el.click()) and ten times by a counted interval.
const clickPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<input id="period" value="1000"><canvas id="cv" width="64" height="48"></canvas>
<button id="test" onclick="testOnce()">Test</button>
<button id="auto" onclick="setInterval(() => document.getElementById('test').click(), Number(document.getElementById('period').value))">Auto</button>
<button id="ten" onclick="let n = 0; const t = setInterval(() => { n++; document.getElementById('small').click(); if (n >= 10) { clearInterval(t); } }, 100);">+10</button>
<button id="small">Score</button>
<button id="fast">Fast</button>
<script>
  const tiny = tf.sequential({layers: [tf.layers.dense({units: 3, inputShape: [4], activation: 'softmax'})]});
  let big;
  tf.loadLayersModel('model/model.json').then((m) => { big = m; });
  function testOnce() {
    const img = tf.browser.fromPixels(document.getElementById('cv')).toFloat().div(255).expandDims(0);
    const scores = big.predict(img);
    document.title = scores.dataSync()[0];
  }
  document.getElementById('small').addEventListener('click', () => {
    const p = tiny.predict(tf.tensor2d([[Math.random(), 1, 2, 3]]));
    document.title = p.argMax(-1).dataSync()[0];
  });
  const fast = document.getElementById('fast');
  fast.onclick = () => {
    setInterval(() => {
      const q = tiny.predict(tf.tensor2d([[1, 2, 3, 4]]));
      document.title = q.dataSync()[0];
      q.dispose();
    }, 50);
  };
</script>
`

func TestClickAndTimerSeverities(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"page.html"}, Options{Config: cfg, Overlay: map[string][]byte{"page.html": []byte(clickPage)}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "%d %s %s\n", f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"14 leaked-temporary error",  // the fromPixels chain: the Auto timer clicks Test every tick
		"14 undisposed-tensor error", // the same
		"15 undisposed-tensor error", // a MobileNet-sized answer of a loaded model, per tick
		"16 sync-readback info",      // a period the user types in paces it
		"19 undisposed-tensor info",  // three class scores, per click and ten per +10
		"19 leaked-temporary info",   // four numbers
		"20 leaked-temporary info",   // one index per click
		"20 sync-readback info",      // ten ticks per click
		"25 leaked-temporary error",  // four numbers, but every 50 ms for ever
		"26 sync-readback warning",   // every 50 ms
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

// Per click, a model's answer of a size the file does not show is info
// (like the dry run's 4 KiB a click); an image-sized tensor stays a
// warning, and so does a prediction per request of a server, which many
// clients call for as long as it runs.
func TestPerClickPredictionSeverity(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	overlay := map[string][]byte{"page.html": []byte(classifyPage), "server.js": []byte(predictServer)}
	res, err := Run([]string{"page.html", "server.js"}, Options{Config: cfg, Overlay: overlay})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "%s:%d %s %s\n", f.File, f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"page.html:10 undisposed-tensor info",    // the logits of a loaded model, per click
		"page.html:15 undisposed-tensor warning", // a camera frame, per click
		"server.js:7 undisposed-tensor warning",  // the logits, per request
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const classifyPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<img id="photo" src="cat.jpg"><video id="cam"></video>
<button id="classify">Classify</button><button id="snap">Snap</button>
<script>
  let model;
  tf.loadLayersModel('model/model.json').then((m) => { model = m; });
  document.getElementById('classify').addEventListener('click', async () => {
    const img = tf.tidy(() => tf.browser.fromPixels(document.getElementById('photo')).toFloat().div(255).expandDims(0));
    const logits = model.predict(img);
    img.dispose();
    document.title = (await logits.data())[0];
  });
  document.getElementById('snap').addEventListener('click', async () => {
    const frame = tf.browser.fromPixels(document.getElementById('cam'));
    document.title = frame.shape.join('x');
  });
</script>
`

const predictServer = `const tf = require('@tensorflow/tfjs-node');
const express = require('express');
const app = express();
let model;
app.post('/predict', express.json(), async (req, res) => {
  const input = tf.tensor4d(req.body.pixels, [1, 224, 224, 3]);
  const logits = model.predict(input);
  input.dispose();
  res.json(await logits.array());
});
tf.loadLayersModel('file://model/model.json').then((m) => { model = m; app.listen(3000); });
`

// A socket.io server's named events are messages the connected page emits
// when its user acts (a Predict button): a few numbers leaked per such
// message are info, like per click. Frames a page streams over the same
// socket, and the requests of an HTTP route, keep the warning.
func TestSocketEventSeverity(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	overlay := map[string][]byte{"server.js": []byte(socketServer), "classify.js": []byte(socketClassify)}
	res, err := Run([]string{"server.js", "classify.js"}, Options{Config: cfg, Overlay: overlay})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "%s:%d %s %s\n", f.File, f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"classify.js:4 leaked-temporary info",    // one sample's features and its scores, per 'predictSample' message (another file's handler)
		"server.js:10 undisposed-tensor info",    // the scores of one gesture, per 'gesture' message
		"server.js:16 undisposed-tensor warning", // per streamed 'frame' message
		"server.js:24 undisposed-tensor warning", // per HTTP request
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const socketClassify = `const tf = require('@tensorflow/tfjs-node');
const model = tf.sequential({layers: [tf.layers.dense({units: 16, inputShape: [8], activation: 'relu'}), tf.layers.dense({units: 7, activation: 'softmax'})]});
exports.predictSample = function (sample) {
  return model.predict(tf.tensor(sample, [1, sample.length])).arraySync()[0];
};
`

const socketServer = `const tf = require('@tensorflow/tfjs-node');
const http = require('http').createServer();
const io = require('socket.io')(http);
const { predictSample } = require('./classify.js');
let model;
io.on('connection', (socket) => {
  socket.on('predictSample', (sample) => socket.emit('result', predictSample(sample)));
  socket.on('gesture', (points) => {
    const input = tf.tensor2d(points, [1, points.length]);
    const scores = model.predict(input);
    input.dispose();
    socket.emit('scores', scores.arraySync());
  });
  socket.on('frame', (pixels) => {
    const input = tf.tensor2d(pixels, [1, pixels.length]);
    const frame = model.predict(input);
    input.dispose();
    socket.emit('frame', frame.arraySync());
  });
});
const app = require('express')();
app.post('/predict', (req, res) => {
  const input = tf.tensor2d(req.body.points, [1, req.body.points.length]);
  const scores = model.predict(input);
  input.dispose();
  res.json(scores.arraySync());
});
tf.loadLayersModel('file://model/model.json').then((m) => { model = m; http.listen(3000); });
`

// A button that turns a picture into a tensor only to pop it up with
// alert() is an API showcase: each run waits for the dialog to be
// dismissed (info). The same picture fed to a model, with the answer
// alerted, is a Predict button (warning).
func TestAlertedTensorSeverity(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"page.html"}, Options{Config: cfg, Overlay: map[string][]byte{"page.html": []byte(alertPage)}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if f.Rule != "undisposed-tensor" && f.Rule != "leaked-temporary" {
			continue
		}
		fmt.Fprintf(&b, "%d %s %s\n", f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"9 leaked-temporary info",      // the steps of the shown tensor
		"9 undisposed-tensor info",     // shown, and only shown
		"14 undisposed-tensor warning", // the picture a model reads
		"16 leaked-temporary info",     // the answer, a few numbers
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const alertPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<img id="photo" src="cat.jpg">
<button onclick="showTensor()">Show tensor</button><button onclick="classify()">Classify</button>
<script>
  const model = tf.sequential({layers: [tf.layers.flatten({inputShape: [100, 100, 3]}), tf.layers.dense({units: 2})]});
  function showTensor() {
    const img = document.getElementById('photo');
    const pixels = tf.browser.fromPixels(img).resizeNearestNeighbor([100, 100]).toFloat().reverse();
    alert(pixels);
  }
  function classify() {
    const img = document.getElementById('photo');
    const pixels = tf.browser.fromPixels(img);
    const input = tf.tidy(() => pixels.resizeBilinear([100, 100]).toFloat().expandDims());
    alert(model.predict(input).argMax(-1).dataSync()[0]);
    input.dispose();
  }
</script>
`

// A timer that clicks an element by id clicks the first element with that
// id: when a page repeats an id, the later element's handler runs per
// click of its own, not per tick.
func TestDuplicateIDClickSeverity(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"page.html"}, Options{Config: cfg, Overlay: map[string][]byte{"page.html": []byte(duplicateIDPage)}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if f.Rule != "undisposed-tensor" {
			continue
		}
		fmt.Fprintf(&b, "%d %s %s\n", f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"8 undisposed-tensor warning", // the second #snap: only its own clicks run it
		"12 undisposed-tensor error",  // #grab is unique: the timer clicks it every tick
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const duplicateIDPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<video id="cam"></video><div id="log"></div>
<input id="snap" type="button" value="Note" onclick="{
  document.getElementById('log').innerHTML += 'noted ';
}">
<input id="snap" type="button" value="Snap" onclick="{
  const frame = tf.browser.fromPixels(document.getElementById('cam'));
  document.getElementById('log').innerHTML = frame.shape.join('x');
}">
<input id="grab" type="button" value="Grab" onclick="{
  const frame = tf.browser.fromPixels(document.getElementById('cam'));
  document.getElementById('log').innerHTML = frame.shape.join('x');
}">
<script>
  setInterval(() => {
    document.getElementById('snap').click();
    document.getElementById('grab').click();
  }, 1000);
</script>
`

// A picture read per stroke and then reshaped to a constant shape holds as
// many elements as the shape says (reshape throws otherwise): 28x28 is a
// few KB per stroke (info). Reshaped to [1, -1], it may be the whole
// canvas (warning).
func TestReshapedPictureSeverity(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"pad.mjs"}, Options{Config: cfg, Overlay: map[string][]byte{"pad.mjs": []byte(reshapedPad)}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if f.Rule != "undisposed-tensor" {
			continue
		}
		fmt.Fprintf(&b, "%d %s %s\n", f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"6 undisposed-tensor info",     // the 28x28 drawing
		"7 undisposed-tensor info",     // its reshape: a constant 784 elements
		"13 undisposed-tensor warning", // a canvas of any size
		"14 undisposed-tensor info",    // a reshape of unknown size, not a model's answer
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const reshapedPad = `import * as tf from '@tensorflow/tfjs';
const small = document.getElementById('small');
const big = document.getElementById('big');
let model;
small.addEventListener('mouseup', () => {
  let img = tf.browser.fromPixels(small.getContext('2d').getImageData(0, 0, 28, 28), 1);
  img = img.reshape([1, 28, 28, 1]);
  const scores = tf.tidy(() => model.predict(img.toFloat().div(255)));
  document.title = scores.argMax(-1).dataSync()[0];
  scores.dispose();
});
big.addEventListener('mouseup', () => {
  let img = tf.browser.fromPixels(big, 1);
  img = img.reshape([1, -1]);
  document.title = img.shape[1];
});
tf.loadLayersModel('model/model.json').then((m) => { model = m; });
`

// A constant scalar leaked next to a bigger tensor the same function leaks
// as often is info (the bigger leak's finding is the one to fix, and a
// tidy around the function frees both); alone, it keeps its severity.
func TestConstantScalarBesideBigLeak(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"frames.mjs"}, Options{Config: cfg, Overlay: map[string][]byte{"frames.mjs": []byte(scalarFrames)}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if f.Rule != "undisposed-tensor" {
			continue
		}
		fmt.Fprintf(&b, "%d %s %s\n", f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"4 undisposed-tensor error",  // the frame
		"5 undisposed-tensor info",   // 127.5, beside the frame
		"6 undisposed-tensor error",  // the normalized frame
		"12 undisposed-tensor error", // the only leak of its loop
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const scalarFrames = `import * as tf from '@tensorflow/tfjs';
const video = document.querySelector('video');
function normalize() {
  const frame = tf.browser.fromPixels(video);
  const offset = tf.scalar(127.5);
  const normalized = frame.toFloat().sub(offset).div(offset);
  document.title = normalized.shape.join('x');
  requestAnimationFrame(normalize);
}
requestAnimationFrame(normalize);
function tick(x) {
  const scale = tf.scalar(0.5);
  document.title = String(x * scale.shape.length);
  setTimeout(() => tick(x + 1), 100);
}
tick(0);
`

// fromPixels of a canvas whose width and height attributes the page gives
// is as big as they say: a 64x48 snapshot per click is info, like a 28x28
// resize; a 640x480 canvas, or one of no stated size, keeps the warning.
func TestSizedCanvasSeverity(t *testing.T) {
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{"page.html"}, Options{Config: cfg, Overlay: map[string][]byte{"page.html": []byte(sizedCanvasPage)}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range res.Findings {
		if f.Rule != "undisposed-tensor" {
			continue
		}
		fmt.Fprintf(&b, "%d %s %s\n", f.Range.Start.Line, f.Rule, f.Severity)
	}
	want := strings.Join([]string{
		"10 undisposed-tensor info",    // 64x48x3 copied out with getImageData
		"14 undisposed-tensor info",    // the 64x48 canvas itself, one channel
		"18 undisposed-tensor warning", // 640x480
		"22 undisposed-tensor warning", // a canvas of no stated size
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

const sizedCanvasPage = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<canvas id="snap" width="64" height="48"></canvas><canvas id="photo" width="640" height="480"></canvas><canvas id="free"></canvas>
<button id="a">A</button><button id="b">B</button><button id="c">C</button><button id="d">D</button><div id="log"></div>
<script>
  const log = document.getElementById('log');
  document.getElementById('a').addEventListener('click', () => {
    const canvas = document.getElementById('snap');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const snapshot = tf.browser.fromPixels(pixels, 3);
    log.textContent = snapshot.dataSync()[0];
  });
  document.getElementById('b').addEventListener('click', () => {
    const grey = tf.browser.fromPixels(document.getElementById('snap'), 1);
    log.textContent = grey.shape.join('x');
  });
  document.getElementById('c').addEventListener('click', () => {
    const photo = tf.browser.fromPixels(document.getElementById('photo'));
    log.textContent = photo.shape.join('x');
  });
  document.getElementById('d').addEventListener('click', () => {
    const free = tf.browser.fromPixels(document.getElementById('free'));
    log.textContent = free.shape.join('x');
  });
</script>
`
