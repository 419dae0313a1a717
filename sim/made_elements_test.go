package sim

import (
	"slices"
	"testing"
)

// Elements a script makes are fired in the order they were made, whichever
// got its on<type> handler first; the many a drawing loop makes and never
// gives a handler are not kept for that.
func TestMadeElementHandlers(t *testing.T) {
	rep := runSource(t, "main.js", `const panel = document.getElementById('panel');
const train = document.createElement('button');
train.id = 'train';
const reset = document.createElement('button');
reset.id = 'reset';
panel.appendChild(train);
panel.appendChild(reset);
reset.onclick = () => { document.getElementById('log').textContent = 'reset'; };
train.onclick = () => { document.getElementById('log').textContent = 'train'; };
let n = 0;
const timer = setInterval(() => {
  const tile = document.createElement('canvas');
  tile.width = 16;
  tile.height = 16;
  if (++n === 50) clearInterval(timer);
}, 10);
`, Options{})
	var got []string
	for _, h := range rep.Handlers {
		got = append(got, h.Event())
	}
	want := []string{"click on #train", "click on #reset"}
	if !slices.Equal(got, want) {
		t.Errorf("handlers fired %v, want %v", got, want)
	}
}
