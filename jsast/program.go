package jsast

// Code is the JavaScript text jsast parsed for a JS, TypeScript, TSX or JSX
// file: Src itself (made readable, see sanitize) or, for a transformed
// file, esbuild's output. An engine that runs the file runs this text, and
// maps the positions it reports with Original. For an HTML page it is the
// page's text.
func (f *File) Code() []byte { return f.text }

// Original maps a position of Code — a 1-based line and a 1-based byte
// column, as sobek reports them in stack frames — to the same in Src. It is
// the identity for files that were not transformed; positions past the end
// of the text are clamped.
func (f *File) Original(line, col int) (int, int) {
	if f.pm == nil || line < 1 {
		return line, col
	}
	f.codeLinesOnce.Do(func() { f.codeLines = lineStarts(f.text) })
	if line > len(f.codeLines) {
		line = len(f.codeLines)
	}
	off := f.codeLines[line-1] + max(col, 1) - 1
	o := f.orig(min(off, len(f.text)))
	p := f.Tok.Position(f.Tok.Pos(o))
	return p.Line, p.Column
}
