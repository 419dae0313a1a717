package async

import (
	"testing"

	"github.com/grafana/sobek"
)

// TestAwaitOrder checks that a task runs synchronously until its first
// Await, resumes after the promise settles, and can call back into the
// runtime while it runs.
func TestAwaitOrder(t *testing.T) {
	rt := sobek.New()
	g := NewGroup(rt, "async-test-helper.js")
	var log []string
	rt.Set("log", func(s string) { log = append(log, s) })
	rt.Set("task", func(c sobek.FunctionCall) sobek.Value {
		// c.Arguments lives on the VM stack: copy what the task keeps.
		gate, cb := c.Argument(0), c.Argument(1)
		p := g.Start(func(tk *Task) (sobek.Value, error) {
			log = append(log, "start")
			v, err := tk.Await(gate)
			if err != nil {
				return nil, err
			}
			fn, _ := sobek.AssertFunction(cb)
			if _, err := fn(sobek.Undefined(), v); err != nil {
				return nil, err
			}
			if _, err := tk.Await(rt.ToValue(1)); err != nil {
				return nil, err
			}
			log = append(log, "end")
			return rt.ToValue(42), nil
		})
		return rt.ToValue(p)
	})
	_, err := rt.RunString(`
		let release;
		const gate = new Promise(r => { release = r; });
		task(gate, v => log("callback " + v)).then(v => log("resolved " + v));
		log("after start");
		release("x");
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"start", "after start", "callback x", "end", "resolved 42"}
	if len(log) != len(want) {
		t.Fatalf("log = %q, want %q", log, want)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Fatalf("log = %q, want %q", log, want)
		}
	}
}

// TestRejectAndAbort checks rejections reach the task and Abort ends a
// task that waits forever.
func TestRejectAndAbort(t *testing.T) {
	rt := sobek.New()
	g := NewGroup(rt, "async-test-helper.js")
	var got error
	rt.Set("task", func(c sobek.FunctionCall) sobek.Value {
		first, second := c.Argument(0), c.Argument(1)
		return rt.ToValue(g.Start(func(tk *Task) (sobek.Value, error) {
			_, got = tk.Await(first)
			_, err := tk.Await(second)
			return nil, err
		}))
	})
	if _, err := rt.RunString(`task(Promise.reject(new Error("boom")), new Promise(() => {}))`); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.Error() != "Error: boom" {
		t.Fatalf("rejection = %v", got)
	}
	if len(g.waiting) != 1 {
		t.Fatalf("waiting tasks = %d, want 1", len(g.waiting))
	}
	g.Abort()
	if len(g.waiting) != 0 {
		t.Fatalf("waiting tasks after Abort = %d", len(g.waiting))
	}
}
