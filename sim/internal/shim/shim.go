package shim

import (
	"math/rand/v2"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// Shim is the `tf` of one run.
type Shim struct {
	rt   *sobek.Runtime
	E    *engine.Engine
	host Host
	rand *rand.Rand

	tf            *sobek.Object
	tensorProto   *sobek.Object
	variableProto *sobek.Object
	tensorCtor    *sobek.Object
	variableCtor  *sobek.Object
	errorCtor     sobek.Constructor

	layerProto      *sobek.Object
	modelProto      *sobek.Object
	seqProto        *sobek.Object
	symbolicProto   *sobek.Object
	optimizerProto  *sobek.Object
	optimizerProtos map[string]*sobek.Object
	datasetProto    *sobek.Object
	callbackProto   *sobek.Object
	customCbs       map[*sobek.Object]*customCallback // made with new tf.CustomCallback

	// tfjs-layers' global name counters (getUid, getUniqueTensorName).
	uids        map[string]int
	tensorNames map[string]int
	nextLayerID int
	nodeIDs     int

	// Models lists the compiled models, in compile order.
	Models []*Model

	internal map[string]*engine.Site
	forIn    sobek.Callable // the keys `for…in` visits (tensorsIn)

	seed uint64
	// Readbacks counts the placeholder values readbacks returned.
	Readbacks int

	// Fitting is the fit or fitDataset call whose step runs now (zero
	// outside their steps): the host tells epochs and calls apart with it.
	Fitting FitStep
	calls   int
}

// FitStep is one step of a fit or fitDataset call: which call (numbered
// from 1 by NewCall) and which epoch.
type FitStep struct{ Call, Epoch int }

// NewCall numbers a training call.
func (s *Shim) NewCall() int {
	s.calls++
	return s.calls
}

// New builds the tf namespace for rt. seed fixes Math.random-like choices
// the shim makes (shuffles).
func New(rt *sobek.Runtime, host Host, seed uint64) *Shim {
	s := &Shim{
		rt:          rt,
		E:           engine.New(),
		host:        host,
		rand:        rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		seed:        seed,
		uids:        map[string]int{},
		tensorNames: map[string]int{},
		internal:    map[string]*engine.Site{},
	}
	s.errorCtor, _ = sobek.AssertConstructor(rt.Get("Error"))
	s.tf = rt.NewObject()
	s.initTensorClasses()
	s.initOps()
	s.initMemory()
	s.initGradients()
	s.initOptimizers()
	s.initLayers()
	s.initModels()
	s.initData()
	s.initBrowser()
	s.initIO()
	s.initMisc()
	s.initNotSimulated()
	return s
}

// TF is the tf namespace object.
func (s *Shim) TF() *sobek.Object { return s.tf }

// Runtime is the runtime the shim lives in.
func (s *Shim) Runtime() *sobek.Runtime { return s.rt }

// internalSite is the site of tensors tfjs makes for its own bookkeeping.
func (s *Shim) internalSite(op string) *engine.Site {
	site := s.internal[op]
	if site == nil {
		site = &engine.Site{Op: op, Internal: true}
		s.internal[op] = site
	}
	return site
}

// getUid is tfjs-layers' getUid: prefix followed by a per-prefix counter.
func (s *Shim) getUid(prefix string) string {
	s.uids[prefix]++
	return prefix + itoa(s.uids[prefix])
}

// uniqueTensorName is tfjs-layers' getUniqueTensorName.
func (s *Shim) uniqueTensorName(scoped string) string {
	i := s.tensorNames[scoped]
	s.tensorNames[scoped] = i + 1
	if i > 0 {
		name := scoped + "_" + itoa(i)
		s.tensorNames[name] = 1
		return name
	}
	return scoped
}

// InternalSite is the site of tensors tfjs makes for its own bookkeeping
// in op.
func (s *Shim) InternalSite(op string) *engine.Site { return s.internalSite(op) }
