package shuffle

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
)

const (
	// maxCSVBytes bounds how much of a local data file is read.
	maxCSVBytes = 4 << 20
	// maxUp is how many folders above the file a root-relative URL
	// ('/data/x.csv') is looked for: the page may be served from any of them.
	maxUp = 6
)

// labelOrder is what a local CSV file tells about the order of its label
// column.
type labelOrder struct {
	file    string // the file's base name
	column  string
	rows    int
	changes int  // adjacent rows whose labels differ
	ordered bool // the rows come grouped by label or sorted by it
}

// csvOrder reads the local file behind tf.data.csv(url, {columnConfigs:
// {label: {isLabel: true}}}) and measures the order of its one label
// column. ok is false when the URL is not a constant local path, the file
// is not found, or the label column is not known.
func (c *checker) csvOrder(call *ast.CallExpression) (labelOrder, bool) {
	args := call.ArgumentList
	if len(args) < 2 {
		return labelOrder{}, false
	}
	url, ok := c.ev().String(args[0])
	if !ok || url == "" || strings.Contains(url, "://") || strings.HasPrefix(url, "//") || strings.HasPrefix(url, "data:") {
		return labelOrder{}, false
	}
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	cfg := c.ev().Object(args[1])
	if cfg == nil {
		return labelOrder{}, false
	}
	label := c.labelColumn(cfg)
	if label == "" {
		return labelOrder{}, false
	}
	if v, ok := constant.Bool(c.info.Scope, constant.Property(cfg, "hasHeader")); ok && !v {
		return labelOrder{}, false // columns named by columnNames: not read here
	}
	delim := ','
	if d, ok := c.ev().String(constant.Property(cfg, "delimiter")); ok {
		if len(d) != 1 {
			return labelOrder{}, false
		}
		delim = rune(d[0])
	}
	path := c.dataFile(url)
	if path == "" {
		return labelOrder{}, false
	}
	o, ok := cachedLabelOrder(path, label, delim)
	o.file = filepath.Base(path)
	return o, ok
}

// labelColumn returns the one column a csv config marks isLabel: true.
func (c *checker) labelColumn(cfg *ast.ObjectLiteral) string {
	cols := c.ev().Object(constant.Property(cfg, "columnConfigs"))
	if cols == nil {
		return ""
	}
	label := ""
	for _, p := range cols.Value {
		pk, ok := p.(*ast.PropertyKeyed)
		if !ok {
			return "" // a spread or shorthand: the columns are not all known
		}
		obj := c.ev().Object(pk.Value)
		if obj == nil {
			continue
		}
		v, known := constant.Bool(c.info.Scope, constant.Property(obj, "isLabel"))
		if !known && constant.Property(obj, "isLabel") != nil {
			return ""
		}
		if !v {
			continue
		}
		name := keyName(pk.Key, pk.Computed)
		if name == "" || label != "" {
			return "" // computed key or several labels
		}
		label = name
	}
	return label
}

// dataFile resolves a local URL to a file: relative to the file's folder
// and the folders of the pages that load it; a root-relative URL also from
// up to maxUp folders above them (where the page may be served from).
func (c *checker) dataFile(url string) string {
	dirs := []string{filepath.Dir(c.f.Name)}
	for _, p := range runctx.Of(c.pass).Pages {
		dirs = append(dirs, filepath.Dir(p))
	}
	rel := filepath.FromSlash(strings.TrimPrefix(url, "/"))
	for _, dir := range dirs {
		for up := 0; up <= maxUp; up++ {
			p := filepath.Join(dir, rel)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				return p
			}
			if !strings.HasPrefix(url, "/") {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return ""
}

// orderKey names one reading of a data file: the same file unchanged, the
// same column and delimiter.
type orderKey struct {
	path, label string
	delim       rune
	size        int64
	mod         time.Time
}

type orderResult struct {
	order labelOrder
	ok    bool
}

// orders keeps what each data file said: the editor re-lints a file per
// keystroke, and a data file of megabytes need not be read again until it
// changes.
var orders sync.Map // orderKey -> orderResult

// cachedLabelOrder is readLabelOrder, once per unchanged file.
func cachedLabelOrder(path, label string, delim rune) (labelOrder, bool) {
	st, err := os.Stat(path)
	if err != nil {
		return labelOrder{}, false
	}
	k := orderKey{path, label, delim, st.Size(), st.ModTime()}
	if v, ok := orders.Load(k); ok {
		r := v.(orderResult)
		return r.order, r.ok
	}
	o, ok := readLabelOrder(path, label, delim)
	orders.Store(k, orderResult{o, ok})
	return o, ok
}

// readLabelOrder reads the label column of a CSV file with a header row.
// Class labels (each value on two rows or more on average) are ordered
// when each value comes in at most two runs (a file sorted or grouped by
// class); a numeric target of mostly distinct values is ordered when nine
// in ten of the changes between neighbours go the same way (a file sorted
// by its target).
func readLabelOrder(path, label string, delim rune) (labelOrder, bool) {
	fh, err := os.Open(path)
	if err != nil {
		return labelOrder{}, false
	}
	defer fh.Close()
	r := csv.NewReader(bufio.NewReader(io.LimitReader(fh, maxCSVBytes)))
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return labelOrder{}, false
	}
	col := -1
	for i, h := range header {
		if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == label {
			col = i
		}
	}
	if col < 0 {
		return labelOrder{}, false
	}
	o := labelOrder{column: label}
	runs := map[string]int{}
	numeric := true
	var prev string
	var prevNum float64
	up, down := 0, 0
	for {
		rec, err := r.Read()
		if err == io.EOF || err != nil && o.rows >= 2 {
			break // the end, or a last row cut off by the read limit
		}
		if err != nil {
			return labelOrder{}, false
		}
		if col >= len(rec) {
			continue
		}
		v := strings.TrimSpace(rec[col])
		n, nerr := strconv.ParseFloat(v, 64)
		numeric = numeric && nerr == nil
		if o.rows == 0 || v != prev {
			runs[v]++
			if o.rows > 0 {
				o.changes++
				switch {
				case nerr == nil && n > prevNum:
					up++
				case nerr == nil && n < prevNum:
					down++
				}
			}
		}
		prev, prevNum = v, n
		o.rows++
	}
	if o.rows < 2 {
		return labelOrder{}, false
	}
	if 2*len(runs) <= o.rows {
		// Class labels (values repeat): grouped when no value comes in
		// more than two runs.
		o.ordered = true
		for _, k := range runs {
			if k > 2 {
				o.ordered = false
			}
		}
		return o, true
	}
	if !numeric {
		return labelOrder{}, false // mostly distinct text: not a label to judge
	}
	o.ordered = 10*max(up, down) >= 9*o.changes
	return o, true
}

func (o labelOrder) String() string {
	return fmt.Sprintf("the rows of %s are not ordered by its label column '%s' (it changes %d times in %d rows)",
		o.file, o.column, o.changes, o.rows)
}
