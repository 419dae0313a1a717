package jsast

import (
	"bytes"
	"fmt"

	"github.com/evanw/esbuild/pkg/api"
)

// unsupported are the features esbuild lowers for sobek, whose parser
// rejects them although browsers or TypeScript accept them. Everything else
// is left as written (target ESNext).
var unsupported = map[string]bool{
	"import-attributes": false, // import d from './d.json' with {type: 'json'}; import(x, {with: …})
	"import-assertions": false, // … assert {type: 'json'}
	"for-await":         false,
	"using":             false, // using / await using declarations
	"decorators":        false, // JavaScript decorators and auto-accessors
}

// tsconfig makes TypeScript decorators the legacy ones nearly every
// TypeScript project that has decorators uses (Angular and the like).
const tsconfig = `{"compilerOptions":{"experimentalDecorators":true}}`

// transformed is esbuild's output for a file and its map back.
type transformed struct {
	code []byte
	pm   *posMap
}

// transform turns TypeScript, TSX or JSX (or JavaScript with syntax sobek
// lacks) into plain JavaScript, with a source map back to src. On failure it
// returns esbuild's first error at its byte offset of src.
func transform(name string, src []byte, kind Kind) (*transformed, *SyntaxError) {
	loader := api.LoaderJSX
	switch kind {
	case TS:
		loader = api.LoaderTS
	case TSX:
		loader = api.LoaderTSX
	}
	opts := api.TransformOptions{
		Loader:         loader,
		Sourcefile:     name,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		Target:         api.ESNext,
		Supported:      unsupported,
		JSX:            api.JSXTransform,
		Charset:        api.CharsetUTF8,
		LegalComments:  api.LegalCommentsNone,
		LogLevel:       api.LogLevelSilent,
	}
	if kind == TS || kind == TSX {
		opts.TsconfigRaw = tsconfig
	}
	r := api.Transform(string(src), opts)
	if len(r.Errors) > 0 {
		e := r.Errors[0]
		off := 0
		if loc := e.Location; loc != nil {
			off = lineOffset(src, loc.Line) + loc.Column
		}
		return nil, &SyntaxError{Offset: min(max(off, 0), len(src)), Msg: e.Text}
	}
	pm, err := newPosMap(r.Code, src, r.Map)
	if err != nil {
		return nil, &SyntaxError{Msg: fmt.Sprintf("reading esbuild's source map: %v (please report it)", err)}
	}
	return &transformed{code: r.Code, pm: pm}, nil
}

// lineOffset is the byte offset where 1-based line starts in b.
func lineOffset(b []byte, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return len(b)
		}
		off += i + 1
	}
	return off
}
