package sim

import "testing"

// What a click leaves behind and the page still holds (examples collected
// in an array, a class's field, a cache) is kept, the page's to dispose;
// what nothing holds any more (a chain's intermediates, a global
// overwritten without dispose) is a leak.
func TestKeptByThePage(t *testing.T) {
	cases := []struct {
		name, src string
		kept      map[int]bool // line of an event leak: whether the page keeps it
	}{
		{name: "examples pushed into an array", kept: map[int]bool{4: false, 5: true}, src: `const video = document.getElementById('webcam');
const xs = [];
document.getElementById('add').addEventListener('click', () => {
  const frame = tf.browser.fromPixels(video);
  xs.push(frame.toFloat().div(255));
  frame.shape;
});
`},
		{name: "prediction overwritten without dispose", kept: map[int]bool{6: false}, src: `const model = tf.sequential({layers: [tf.layers.dense({inputShape: [4], units: 2})]});
let pred = null;
const input = tf.tensor2d([[1, 2, 3, 4]]);
document.getElementById('go').addEventListener('click', () => {
  document.getElementById('out').textContent = 'thinking';
  pred = model.predict(input);
  document.getElementById('out').textContent = pred.dataSync()[0];
});
`},
		{name: "examples in a Map by click count", kept: map[int]bool{5: true}, src: `const store = new Map();
let n = 0;
document.getElementById('add').onclick = function () {
  n++;
  store.set(n, tf.randomUniform([16, 16, 3]));
};
`},
		{name: "a closure's array", kept: map[int]bool{5: true, 6: false}, src: `(function () {
  const samples = [];
  const button = document.getElementById('add');
  button.addEventListener('click', () => {
    samples.push(tf.zeros([8, 8]));
    tf.ones([8, 8]).add(1);
  });
})();
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := runSource(t, "main.js", tc.src, Options{})
			got := map[int]bool{}
			for _, l := range rep.Leaks {
				if l.Event != "" {
					got[l.Line] = l.Kept
				}
			}
			for line, kept := range tc.kept {
				k, ok := got[line]
				switch {
				case !ok:
					t.Errorf("no event leak at line %d; leaks %+v", line, rep.Leaks)
				case k != kept:
					t.Errorf("line %d: kept %v, want %v", line, k, kept)
				}
			}
			for line := range got {
				if _, ok := tc.kept[line]; !ok {
					t.Errorf("unexpected event leak at line %d", line)
				}
			}
		})
	}
}
