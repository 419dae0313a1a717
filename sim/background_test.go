package sim

import (
	"slices"
	"testing"
)

// A webcam loop that leaks per tick runs beside the clicks the dry run
// makes; what it keeps during a click's measurement is per-tick growth of
// the loop, not growth of the click.
func TestBackgroundLoopIsNotClickGrowth(t *testing.T) {
	cases := []struct {
		name, src string
		wantLine  int // a line that leaks per click; 0: none
		loopLine  int // the background loop's allocation
	}{
		{name: "interval started at load", loopLine: 6, src: `const video = document.getElementById('webcam');
const model = tf.sequential({layers: [tf.layers.dense({inputShape: [3], units: 2, activation: 'softmax'})]});
let paused = false;
setInterval(() => {
  if (paused) return;
  const frame = tf.browser.fromPixels(video).resizeBilinear([8, 8]);
  const p = model.predict(frame.mean([0, 1]).expandDims(0));
  document.getElementById('out').textContent = p.argMax(1).dataSync()[0];
  p.dispose();
}, 100);
document.getElementById('pause').addEventListener('click', () => { paused = !paused; });
`},
		{name: "interval restarted by the click", loopLine: 6, src: `const video = document.getElementById('webcam');
let timer = null;
function start() {
  if (timer) clearInterval(timer);
  timer = setInterval(() => {
    const frame = tf.browser.fromPixels(video);
    document.getElementById('out').textContent = frame.shape.join('x');
  }, 50);
}
document.getElementById('start').onclick = start;
start();
`},
		{name: "animation loop started by the click", loopLine: 3, src: `const video = document.getElementById('webcam');
function loop() {
  const frame = tf.browser.fromPixels(video);
  document.getElementById('out').textContent = frame.shape.join('x');
  requestAnimationFrame(loop);
}
document.getElementById('start').addEventListener('click', () => requestAnimationFrame(loop));
`},
		{name: "a click that leaks while the interval runs", wantLine: 9, loopLine: 4, src: `const video = document.getElementById('webcam');
const samples = [];
setInterval(() => {
  const frame = tf.browser.fromPixels(video);
  document.getElementById('out').textContent = frame.shape.join('x');
}, 100);
document.getElementById('add').addEventListener('click', () => {
  samples.push(tf.tidy(() => tf.browser.fromPixels(video).toFloat().div(255)));
  const norm = tf.browser.fromPixels(video).mean();
  document.getElementById('count').textContent = samples.length + ' ' + norm.dataSync()[0];
});
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := runSource(t, "main.js", tc.src, Options{})
			if len(rep.Handlers) == 0 {
				t.Fatalf("no handler fired")
			}
			var lines []int
			for _, l := range rep.Leaks {
				if l.Event != "" {
					lines = append(lines, l.Line)
				}
			}
			if slices.Contains(lines, tc.loopLine) {
				t.Errorf("per-event leaks at lines %v: line %d is the loop's, whose ticks are not the click's; handlers %+v", lines, tc.loopLine, rep.Handlers)
			}
			if tc.wantLine != 0 && !slices.Contains(lines, tc.wantLine) {
				t.Errorf("per-event leaks at lines %v, want line %d", lines, tc.wantLine)
			}
		})
	}
}
