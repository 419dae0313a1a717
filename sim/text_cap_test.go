package sim

import "testing"

// An element keeps what a page writes into it, up to a cap: a status log
// that an interval prepends a line to on every tick stays bounded over the
// run's thousands of ticks.
func TestElementTextCap(t *testing.T) {
	rep := runSource(t, "main.js", `const log = document.getElementById('log');
log.textContent = 'ready';
const small = tf.sequential({layers: [tf.layers.dense({inputShape: [log.textContent.length], units: 1})]});
small.compile({optimizer: 'adam', loss: 'meanSquaredError'});
for (let i = 0; i < 2000; i++) log.innerHTML = 'epoch ' + i + ' loss 0.25<br>' + log.innerHTML;
const big = tf.sequential({layers: [tf.layers.dense({inputShape: [log.innerHTML.length], units: 1})]});
big.compile({optimizer: 'adam', loss: 'meanSquaredError'});
`, Options{})
	if len(rep.Models) != 2 {
		t.Fatalf("%d models, want 2", len(rep.Models))
	}
	if got := rep.Models[0].Params; got != len("ready")+1 {
		t.Errorf("text read back: %d params, want %d", got, len("ready")+1)
	}
	if got := rep.Models[1].Params; got != 16384+1 {
		t.Errorf("a log of about 40,000 characters: %d params, want it kept to 16384 characters (16385 params)", got)
	}
}
