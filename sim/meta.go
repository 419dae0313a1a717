package sim

import (
	"net/url"
	"path/filepath"

	"github.com/grafana/sobek"
)

// absPath is name as Node shows a module's path (process.argv,
// __filename, import.meta): absolute.
func absPath(name string) string {
	if abs, err := filepath.Abs(name); err == nil {
		return abs
	}
	return name
}

// fileURL is import.meta.url of a module file.
func fileURL(name string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(absPath(name))}).String()
}

// importMeta gives ES modules Node's import.meta: url, filename, dirname.
// Scripts compare import.meta.url with process.argv[1] to run their main
// code only when they are the entry.
func (l *loader) importMeta(m sobek.ModuleRecord) []sobek.MetaProperty {
	name, ok := l.names[m]
	if !ok {
		return nil
	}
	rt := l.r.rt
	abs := absPath(name)
	return []sobek.MetaProperty{
		{Key: "url", Value: rt.ToValue(fileURL(name))},
		{Key: "filename", Value: rt.ToValue(abs)},
		{Key: "dirname", Value: rt.ToValue(filepath.Dir(abs))},
	}
}
