package engine

// SiteCount is what one allocation site holds right now.
type SiteCount struct {
	Tensors int
	Bytes   int64
	// Background counts those of them allocated while Engine.Background
	// was set (a timer or frame loop that runs beside a UI event).
	BackgroundTensors int
	BackgroundBytes   int64
}

// Foreground is the count without what background callbacks allocated.
func (c SiteCount) Foreground() SiteCount {
	return SiteCount{Tensors: c.Tensors - c.BackgroundTensors, Bytes: c.Bytes - c.BackgroundBytes}
}

func (e *Engine) siteAdd(t *Tensor) {
	if t.Site == nil {
		return
	}
	c := e.sites[t.Site]
	if c == nil {
		c = &SiteCount{}
		e.sites[t.Site] = c
	}
	c.Tensors++
	c.Bytes += t.Bytes()
	t.background = e.Background
	if t.background {
		c.BackgroundTensors++
		c.BackgroundBytes += t.Bytes()
	}
}

func (e *Engine) siteRemove(t *Tensor) {
	if c := e.sites[t.Site]; c != nil {
		c.Tensors--
		c.Bytes -= t.Bytes()
		if t.background {
			c.BackgroundTensors--
			c.BackgroundBytes -= t.Bytes()
		}
	}
}

// Sites returns a copy of the live tensors per allocation site.
func (e *Engine) Sites() map[*Site]SiteCount {
	out := make(map[*Site]SiteCount, len(e.sites))
	for s, c := range e.sites {
		if c.Tensors != 0 || c.Bytes != 0 || c.BackgroundTensors != 0 {
			out[s] = *c
		}
	}
	return out
}

// notePeak raises the high-water mark of numBytes.
func (e *Engine) notePeak() {
	if e.numBytes > e.peak {
		e.peak = e.numBytes
	}
}

// ResetPeak starts a new high-water mark at the current numBytes.
func (e *Engine) ResetPeak() { e.peak = e.numBytes }

// Peak is the highest numBytes since ResetPeak.
func (e *Engine) Peak() int64 { return e.peak }
