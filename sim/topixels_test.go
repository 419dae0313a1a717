package sim

import (
	"strings"
	"testing"
)

// A training loop that draws a feature map into a canvas on every tick and
// disposes its tensors at the end of the tick: past the readback budget
// the dry run keeps drawing (the pixels are the page's output, not values
// it reads), so the tick still reaches its cleanup and nothing leaks per
// step. A tick that never disposes its input still leaks.
func TestToPixelsOverBudgetKeepsDrawing(t *testing.T) {
	page := func(cleanup string) string {
		return `const canvas = document.getElementById('map');
const model = tf.sequential({layers: [tf.layers.dense({inputShape: [64], units: 64, activation: 'relu'}), tf.layers.dense({units: 2, activation: 'softmax'})]});
model.compile({optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy'});
const ys = tf.tensor2d([[1, 0]]);
setInterval(async () => {
  const x = tf.randomUniform([1, 64]);
  await model.trainOnBatch(x, ys);
  const map = tf.tidy(() => x.reshape([8, 8]).clipByValue(0, 1));
  await tf.browser.toPixels(map, canvas);
  map.dispose();
` + cleanup + `
}, 100);
`
	}
	opts := Options{MaxElements: 2000} // seven ticks of drawing, were drawing a readback
	rep := runSource(t, "main.js", page("  x.dispose();"), opts)
	if len(rep.Steps) < 10 {
		t.Fatalf("%d steps, want the loop to train past the drawing budget", len(rep.Steps))
	}
	for _, l := range rep.Leaks {
		t.Errorf("leak at line %d (%s): the tick disposes what it makes", l.Line, l.Op)
	}
	rep = runSource(t, "main.js", page(""), opts)
	found := false
	for _, l := range rep.Leaks {
		if l.Line == 6 && strings.Contains(l.Op, "randomUniform") {
			found = true
		}
	}
	if !found {
		t.Errorf("no leak of the undisposed input at line 6; leaks %+v", rep.Leaks)
	}
}

// A script that reads the pixels back (no canvas) past the budget stops
// there, as other readbacks do.
func TestToPixelsArrayOverBudgetStops(t *testing.T) {
	rep := runSource(t, "main.js", `const img = tf.zeros([64, 64, 3]);
async function main() {
  for (let i = 0; i < 10; i++) {
    const px = await tf.browser.toPixels(img);
    console.log(px.length);
  }
}
main();
`, Options{MaxElements: 20000})
	wantIncomplete(t, rep, "readback budget")
}
