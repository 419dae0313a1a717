package sim

import (
	"testing"
	"time"
)

// TestWorkBudgetCounts checks that a script that computes in plain
// JavaScript stops at the same counted point whatever the wall clock
// does: on a machine where each loop iteration takes a second, the report
// is the one of a fast machine, and neither run is ended by the safety net.
func TestWorkBudgetCounts(t *testing.T) {
	const src = `import * as tf from '@tensorflow/tfjs';
const rows = [];
for (let i = 0; i < 100000; i++) rows.push(i % 7);
const x = tf.tensor2d(rows.slice(0, 8), [4, 2]);
const leak = [];
for (;;) { leak.push(x.add(1)); rows.map((v) => v + 1); }
`
	opts := Options{MaxWork: 300000, Timeout: time.Hour}
	fast := runSource(t, "main.mjs", src, opts)
	slow := &fakeClock{perOp: time.Second}
	opts.Timeout, opts.clock, opts.onOp, opts.onWork = 1<<62, slow, slow.op, slow.op
	slowRep := runSource(t, "main.mjs", src, opts)
	wantIncomplete(t, fast, "work budget of 300000 ")
	if fast.SafetyNet || slowRep.SafetyNet {
		t.Fatalf("the safety net ended a run")
	}
	if fast.Ran.Ops != slowRep.Ran.Ops || fast.Ran.Ops < 2 {
		t.Errorf("tf calls: fast %d, slow %d; want the same, more than 1", fast.Ran.Ops, slowRep.Ran.Ops)
	}
	if *fast.Incomplete != *slowRep.Incomplete {
		t.Errorf("stop reasons differ: %q vs %q", *fast.Incomplete, *slowRep.Incomplete)
	}
}

// TestWorkCountingKeepsSemantics checks that counting does not change what
// the code does: directives stay first, concise arrows return their value,
// loop bodies without braces, labels, generators and positions of errors.
func TestWorkCountingKeepsSemantics(t *testing.T) {
	const src = `function strict() { "use strict"; return this; }
if (strict() !== undefined) throw new Error('use strict lost');
const sq = (v) => v * v;
if (sq(3) !== 9) throw new Error('concise arrow');
let n = 0;
outer: for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) { if (j === 1) continue outer; n++; }
if (n !== 3) throw new Error('labels ' + n);
let k = 0;
while (k < 5) k++;
do k--; while (k > 2);
if (k !== 2) throw new Error('loops ' + k);
function* gen() { yield 1; yield 2; }
if ([...gen()].join() !== '1,2') throw new Error('generator');
class A { constructor() { this.v = 1; } get w() { return this.v + 1; } }
class B extends A { constructor() { super(); this.v = 5; } }
if (new B().w !== 6) throw new Error('classes');
if (strict.toString().indexOf('__tfjslint') >= 0) throw new Error('source text');
null.boom;
`
	rep := runSource(t, "main.cjs", src, Options{})
	wantIncomplete(t, rep, "threw")
	if rep.IncompleteAt == nil || rep.IncompleteAt.Line != 18 || rep.IncompleteAt.Column != 6 {
		t.Errorf("threw at %v (%s), want main.cjs:18:6", rep.IncompleteAt, *rep.Incomplete)
	}
}

// TestEndlessIntervalStillClicked checks that a page whose preview
// interval never stops still gets its buttons clicked: the dry run moves
// on after a bounded number of callbacks instead of spending the run's
// timer budget before the first click.
func TestEndlessIntervalStillClicked(t *testing.T) {
	const src = `const model = tf.sequential({layers: [tf.layers.dense({inputShape: [4], units: 1})]});
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
setInterval(() => {
  const y = tf.tidy(() => model.predict(tf.zeros([1, 4])).dataSync()[0]);
  document.getElementById('out').textContent = String(y);
}, 100);
document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.zeros([8, 4]);
  const ys = tf.zeros([8, 1]);
  await model.fit(xs, ys, {epochs: 2, batchSize: 4});
  tf.dispose([xs, ys]);
});
`
	rep := runSource(t, "main.js", src, Options{})
	if len(rep.Handlers) != 1 || rep.Handlers[0].Steps != 8 || len(rep.Steps) != 8 {
		t.Fatalf("handlers %+v, %d steps; want the train button clicked twice, 8 steps", rep.Handlers, len(rep.Steps))
	}
	wantIncomplete(t, rep, "timer budget")
	if len(rep.Leaks) != 0 {
		t.Errorf("leaks %+v", rep.Leaks)
	}
}

// TestSkippedTrainingStillMeasured checks that a firing that failed only on
// what a training call skipped past the step budget returned still has its
// growth measured: the stop is the dry run's, not the page's.
func TestSkippedTrainingStillMeasured(t *testing.T) {
	const src = `const model = tf.sequential({layers: [tf.layers.dense({inputShape: [4], units: 1})]});
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.zeros([4, 4]);
  const h = await model.fit(xs, tf.zeros([4, 1]), {epochs: 2, batchSize: 4});
  document.getElementById('loss').textContent = h.history.loss[1].toFixed(3);
});
`
	rep := runSource(t, "main.js", src, Options{Steps: 2})
	if len(rep.Handlers) != 1 || rep.Handlers[0].Threw {
		t.Fatalf("handlers %+v", rep.Handlers)
	}
	found := false
	for _, l := range rep.Leaks {
		if l.Line == 4 && l.Event == "click" {
			found = true
		}
	}
	if !found {
		t.Errorf("no leak per click at line 4: %+v (%s)", rep.Leaks, deref(rep.Incomplete))
	}
}

// TestLongClickMeasuredWhenDone checks that an async handler still running
// after the idle callbacks (a training loop that awaits a frame per game
// step, collecting gradients it disposes at the end) is measured once it
// has settled, not in flight; a handler that keeps a tensor after such a
// loop still leaks per click.
func TestLongClickMeasuredWhenDone(t *testing.T) {
	const src = `const kept = [];
async function play(keep) {
  const grads = [];
  for (let i = 0; i < 6000; i++) {
    grads.push(tf.zeros([4]));
    await tf.nextFrame();
  }
  tf.dispose(grads);
  if (keep) kept.push(tf.zeros([64, 64, 3]));
}
document.getElementById('train').addEventListener('click', async () => { await play(false); });
document.getElementById('record').addEventListener('click', async () => { await play(true); });
`
	rep := runSource(t, "main.js", src, Options{})
	if len(rep.Handlers) != 2 || rep.Handlers[0].Unfinished || rep.Handlers[1].Unfinished {
		t.Fatalf("handlers %+v (%s)", rep.Handlers, deref(rep.Incomplete))
	}
	if len(rep.Leaks) != 1 || rep.Leaks[0].Line != 9 || rep.Leaks[0].Target != "#record" {
		t.Errorf("leaks %+v, want one at line 9 per click on #record", rep.Leaks)
	}
}

// TestUnfinishedClickNotMeasured checks that a firing whose async handler
// never settles has no per-click growth: what it holds is work in flight.
func TestUnfinishedClickNotMeasured(t *testing.T) {
	const src = `document.getElementById('play').addEventListener('click', async () => {
  const state = tf.zeros([4]);
  for (;;) await tf.nextFrame();
});
`
	rep := runSource(t, "main.js", src, Options{})
	if len(rep.Leaks) != 0 {
		t.Errorf("leaks %+v", rep.Leaks)
	}
	if len(rep.Handlers) == 1 && !rep.Handlers[0].Unfinished && len(rep.Handlers[0].Memory) == 2 {
		t.Errorf("handler %+v measured as finished", rep.Handlers[0])
	}
}
