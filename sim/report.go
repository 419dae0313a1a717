package sim

import (
	"encoding/json"
	"strings"
)

// Report is what a run measured. Its JSON form is the `tfjslint sim --json`
// output; the fields without JSON names feed the analyzer and text report.
type Report struct {
	Models        []Model  `json:"models"`
	Steps         []Memory `json:"steps"`
	SteadyGrowth  *Growth  `json:"steadyGrowth"`
	Leaks         []Leak   `json:"leaks"`
	PeakStepBytes int64    `json:"peakStepBytes"`
	Incomplete    *string  `json:"incomplete"`
	// Events is tf.memory() after each firing of the page's UI handlers
	// (each handler fired twice in a row, in order; see Handlers).
	Events []Memory `json:"events"`

	// Handlers are the UI handlers the run fired, in order.
	Handlers []Handler `json:"-"`
	// HandlersNotFired counts the handlers past the run's budget.
	HandlersNotFired int `json:"-"`
	// Scripts are the local script files a page ran, in order.
	Scripts []string `json:"-"`
	// External are a page's scripts the run did not execute (remote URLs,
	// local library builds); StandIns the globals the page read that stood
	// in for what they define (inert: any use works and does nothing).
	External []string `json:"external,omitempty"`
	StandIns []string `json:"standIns,omitempty"`
	// NotLoaded are a page's local scripts that could not be read, with why.
	NotLoaded []string `json:"notLoaded,omitempty"`
	// DataFiles are the project's files the script read as data (fs,
	// fetch, tf.data.csv), relative to the working directory: its shapes
	// are theirs. Remote data is never read; the run stops there.
	DataFiles []string `json:"dataFiles,omitempty"`

	// File is the entry file.
	File string `json:"-"`
	// ShapeErrors are the shape errors that ended the script.
	ShapeErrors []ShapeError `json:"-"`
	// Saves are the model.save calls.
	Saves []Save `json:"-"`
	// PeakStepAt is the training call of the step with the peak.
	PeakStepAt *Position `json:"-"`
	// IncompleteAt is where the run stopped early, when known.
	IncompleteAt *Position `json:"-"`
	// StepBudget tells that Incomplete is the step budget: the run measured
	// every step it was meant to and skipped the training after them.
	StepBudget bool `json:"-"`
	// SafetyNet tells that the wall-clock safety net ended the run: what
	// it measured depends on the machine's speed.
	SafetyNet bool `json:"-"`
	// Console is what the script printed (capped).
	Console []string `json:"-"`
	// Ran is what the run did.
	Ran Ran `json:"-"`
	// Reached are the training calls of the script that ran (fit,
	// fitDataset, trainOnBatch, minimize, applyGradients), stepping or not,
	// in the order first reached.
	Reached []Position `json:"-"`
}

// Ran counts what a run did.
type Ran struct {
	Steps     int // optimizer steps
	Sites     int // training call sites that stepped
	Models    int // compiled models
	Callbacks int // timer callbacks run by the event loop
	Frames    int // animation frames
	Ops       int // tf API calls of the script
	Readbacks int // placeholder values readbacks returned (dataSync, data, logs, …)
	Events    int // UI handler firings
}

// String says what ran, for notes: "12 optimizer steps at 1 training call,
// 1 model, 3 timer callbacks".
func (r Ran) String() string {
	parts := []string{plural(r.Steps, "optimizer step") + " at " + plural(r.Sites, "training call"), plural(r.Models, "compiled model")}
	if r.Callbacks > 0 {
		parts = append(parts, plural(r.Callbacks, "timer callback"))
	}
	if r.Frames > 0 {
		parts = append(parts, plural(r.Frames, "animation frame"))
	}
	if r.Events > 0 {
		parts = append(parts, plural(r.Events, "UI event")+" fired")
	}
	parts = append(parts, plural(r.Ops, "tf call"))
	if r.Readbacks > 0 {
		parts = append(parts, plural(r.Readbacks, "placeholder value")+" read back")
	}
	return strings.Join(parts, ", ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return thousands(int64(n)) + " " + what + "s"
}

// Model is one compiled model.
type Model struct {
	Name        string  `json:"name"`
	Params      int     `json:"params"`
	WeightBytes int64   `json:"weightBytes"`
	Layers      []Layer `json:"layers"`

	Class string    `json:"-"`
	At    *Position `json:"-"` // where the model was made
	// Loaded tells a model loaded from the project's model.json.
	Loaded bool `json:"-"`
	// QuantizedBytes are the sizes of the float32 weights stored as
	// uint16, uint8 and float16 by the tfjs converter (other weights kept).
	Uint16Bytes, Uint8Bytes, Float16Bytes int64 `json:"-"`
}

// Layer is one row of model.summary().
type Layer struct {
	Name        string `json:"name"`
	Class       string `json:"class"`
	OutputShape Shape  `json:"outputShape"`
	Params      int    `json:"params"`

	At *Position `json:"-"`
}

// Shape is an output shape: one shape, or several for multi-output layers,
// with null for unknown dimensions. Nil is JSON null (ill-defined).
type Shape struct {
	Dims  [][]int // unknown dims are Unknown
	Multi bool
}

// Unknown is an unknown dimension in Shape.
const Unknown = -1 << 31

func dimsJSON(d []int) []any {
	out := make([]any, len(d))
	for i, x := range d {
		if x == Unknown {
			out[i] = nil
		} else {
			out[i] = x
		}
	}
	return out
}

// MarshalJSON writes [null,3], [[null,3],[null,4]] or null.
func (s Shape) MarshalJSON() ([]byte, error) {
	switch {
	case s.Dims == nil:
		return []byte("null"), nil
	case !s.Multi:
		return json.Marshal(dimsJSON(s.Dims[0]))
	}
	all := make([][]any, len(s.Dims))
	for i, d := range s.Dims {
		all[i] = dimsJSON(d)
	}
	return json.Marshal(all)
}

// UnmarshalJSON reads what MarshalJSON writes (the oracle's output too).
func (s *Shape) UnmarshalJSON(b []byte) error {
	var raw any
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	arr, ok := raw.([]any)
	if !ok {
		*s = Shape{}
		return nil
	}
	dims := func(v []any) []int {
		out := make([]int, len(v))
		for i, x := range v {
			if f, ok := x.(float64); ok {
				out[i] = int(f)
			} else {
				out[i] = Unknown
			}
		}
		return out
	}
	if len(arr) > 0 {
		if _, nested := arr[0].([]any); nested {
			s.Multi = true
			s.Dims = nil
			for _, x := range arr {
				inner, _ := x.([]any)
				s.Dims = append(s.Dims, dims(inner))
			}
			return nil
		}
	}
	*s = Shape{Dims: [][]int{dims(arr)}}
	return nil
}

// Memory is tf.memory() after a step.
type Memory struct {
	NumTensors int   `json:"numTensors"`
	NumBytes   int64 `json:"numBytes"`
}

// Leak is an allocation site whose live tensors grow in steady state.
type Leak struct {
	File           string  `json:"file"`
	Line           int     `json:"line"`
	Column         int     `json:"column"`
	Op             string  `json:"op"`
	TensorsPerStep float64 `json:"tensorsPerStep"`
	BytesPerStep   float64 `json:"bytesPerStep"`

	// Event is set for a leak per UI event rather than per step: the
	// event type ("click"), its target ("#train") and where the handler
	// was registered; TensorsPerStep and BytesPerStep are then per event.
	Event     string    `json:"event,omitempty"`
	Target    string    `json:"target,omitempty"`
	HandlerAt *Position `json:"-"`
	// Model marks a model built on every event and never disposed: the
	// site is where it is built, and the growth is all its weights and
	// optimizer state that stay behind (its layers are not listed apart).
	Model bool `json:"model,omitempty"`
	// Retrain tells that the event's handler trains more than one step per
	// firing; HandlerBytes is all it keeps per firing.
	Retrain      bool  `json:"-"`
	HandlerBytes int64 `json:"-"`
	// Kept tells that the page still holds every tensor the event's
	// firings left at the site (in an array of collected examples, a
	// global, a cache): growth the page keeps, and may dispose later,
	// rather than tensors nothing can reach any more.
	Kept bool `json:"kept,omitempty"`

	// Tensors and Bytes grew over Steps optimizer steps (or one event).
	Tensors int   `json:"-"`
	Bytes   int64 `json:"-"`
	Steps   int   `json:"-"`
}

// Position is a place in a source file (1-based line and byte column).
type Position struct {
	File         string
	Line, Column int
}

// ShapeError is a shape error that ended the script, at the user's call.
type ShapeError struct {
	Message string
	At      *Position
	Op      string
}

// Save is one model.save.
type Save struct {
	Model       string
	Destination string
	WeightBytes int64
	At          *Position
}
