package lsp

import (
	"maps"
	"slices"
	"sync"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

const (
	// maxImporters bounds the files that load a document which its lint
	// reads with it (each brings what it loads too, up to MaxProjectFiles).
	maxImporters = 16
	// maxIndexFiles bounds the walk of one workspace folder: a home
	// directory opened as a folder is not indexed.
	maxIndexFiles = 20000
	// indexChunk is how many files are parsed at once while indexing, so
	// that no more ASTs than that are held.
	indexChunk = 64
)

// importIndex knows which files of the workspace folders load which, so
// that a document is linted with the files that load it, as a run over the
// project lints it: a helper only ever called inside its caller's tf.tidy
// is not a leak, and one called per frame from main.js leaks per frame.
// Folders are walked once, in the background; a file's loads are updated
// when it is linted (an open document) or changes on disk.
type importIndex struct {
	mu      sync.Mutex
	loads   map[string][]string        // file -> the files it loads
	loadBy  map[string]map[string]bool // file -> the files that load it
	indexed map[string]bool            // folders walked or being walked
}

func newImportIndex() *importIndex {
	return &importIndex{loads: map[string][]string{}, loadBy: map[string]map[string]bool{}, indexed: map[string]bool{}}
}

// claim reports whether folder is still to be walked, and marks it taken.
func (ix *importIndex) claim(folder string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.indexed[folder] {
		return false
	}
	ix.indexed[folder] = true
	return true
}

// forget drops everything known (ignores or configs changed): the next
// lint in each folder walks it again.
func (ix *importIndex) forget() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	clear(ix.indexed)
	clear(ix.loads)
	clear(ix.loadBy)
}

// set records what file loads, returning the files whose importers
// changed (those it loads now or loaded before, not both), sorted.
func (ix *importIndex) set(file string, loads []string) []string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	loads = slices.Compact(slices.Sorted(slices.Values(loads)))
	old := ix.loads[file]
	if slices.Equal(old, loads) {
		return nil
	}
	var changed []string
	for _, to := range old {
		if !slices.Contains(loads, to) {
			delete(ix.loadBy[to], file)
			changed = append(changed, to)
		}
	}
	for _, to := range loads {
		if !slices.Contains(old, to) {
			if ix.loadBy[to] == nil {
				ix.loadBy[to] = map[string]bool{}
			}
			ix.loadBy[to][file] = true
			changed = append(changed, to)
		}
	}
	if len(loads) == 0 {
		delete(ix.loads, file)
	} else {
		ix.loads[file] = loads
	}
	slices.Sort(changed)
	return changed
}

// importersOf returns the files that load file, directly or through other
// files, nearest first (by name within a distance), at most max.
func (ix *importIndex) importersOf(file string, max int) []string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	seen := map[string]bool{file: true}
	var out []string
	for level := []string{file}; len(level) > 0 && len(out) < max; {
		var next []string
		for _, f := range level {
			for _, by := range slices.Sorted(maps.Keys(ix.loadBy[f])) {
				if !seen[by] {
					seen[by] = true
					next = append(next, by)
				}
			}
		}
		slices.Sort(next)
		next = next[:min(len(next), max-len(out))]
		out = append(out, next...)
		level = next
	}
	return out
}

// sourceLoads returns the project source files each of graph's files
// loads (a package.json's entry points are not a source's load).
func sourceLoads(g *lint.Graph) map[string][]string {
	out := map[string][]string{}
	for _, f := range g.Files {
		out[f] = nil
	}
	for _, e := range g.Edges {
		if _, ok := jsast.KindOf(e.From); ok && e.To != "" {
			if _, known := out[e.From]; known {
				out[e.From] = append(out[e.From], e.To)
			}
		}
	}
	return out
}

// indexFolderLocked walks folder in the background, the first time a
// document there is linted, and lints again the open documents that turn
// out to have importers.
func (s *Server) indexFolderLocked(folder string) {
	if folder == "" || !s.imports.claim(folder) {
		return
	}
	go func() {
		disc, err := lint.Discover([]string{folder}, lint.DiscoverOptions{ConfigFor: s.configFor})
		if err != nil {
			s.logf(MessageLog, "tfjslint: not indexing the imports of %s: %v", folder, err)
			return
		}
		if len(disc.Files) > maxIndexFiles {
			s.logf(MessageInfo, "tfjslint: not indexing the imports of %s: %d files (at most %d); documents are linted with what they load, not with what loads them", folder, len(disc.Files), maxIndexFiles)
			return
		}
		var changed []string
		for start := 0; start < len(disc.Files); start += indexChunk {
			chunk := disc.Files[start:min(start+indexChunk, len(disc.Files))]
			loads := sourceLoads(lint.BuildGraph(chunk, folder, nil))
			for _, f := range chunk {
				if s.isOpen(f) {
					continue // its buffer, not the disk, says what it loads
				}
				changed = append(changed, s.imports.set(f, loads[f])...)
			}
		}
		s.mu.Lock()
		s.importersChangedLocked(changed)
		s.mu.Unlock()
	}()
}

// reindexFile reads again what a file changed on disk loads.
func (s *Server) reindexFile(path, folder string, deleted bool) {
	var loads []string
	// What a walk of the project leaves out is no importer, as in the
	// folder's first walk (Discover).
	if !deleted && lint.WalkSkips(path, folder, s.configFor(path)) == "" {
		loads = sourceLoads(lint.BuildGraph([]string{path}, folder, nil))[path]
	}
	changed := s.imports.set(path, loads)
	s.mu.Lock()
	s.importersChangedLocked(changed)
	s.mu.Unlock()
}

// importersChangedLocked lints again the open documents among files, whose
// importers changed.
func (s *Server) importersChangedLocked(files []string) {
	if len(files) == 0 {
		return
	}
	for _, uri := range s.sortedURIsLocked() {
		d := s.docs[uri]
		if d.lintable && slices.Contains(files, d.path) {
			d.external = true
			s.touchLocked(d, s.opts.Debounce)
		}
	}
}

// importersLocked returns the files a lint of d reads with it: those that
// load it. The index holds only files a run over the project lints, so
// nothing is checked again here, on every keystroke's lint.
func (s *Server) importersLocked(d *document, root string) []string {
	if root == "" {
		return nil
	}
	s.indexFolderLocked(root)
	return s.imports.importersOf(d.path, maxImporters)
}

// configFor is the config that governs path (for a walk, unlocked).
func (s *Server) configFor(path string) *rules.Config {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.configForLocked(path)
}

func (s *Server) configForLocked(path string) *rules.Config {
	_, st := s.configs.lookup(path)
	return st.cfg
}

func (s *Server) isOpen(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.openLocked(path)
}
