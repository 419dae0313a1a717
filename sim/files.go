package sim

import (
	"github.com/grafana/sobek"
	"image"
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A run reads the project's own data files for real, read-only: fs reads
// in Node scripts, fetch and tf.data.csv of relative and file:// URLs. So
// CSV and JSON shapes are the real ones, and the numbers stay those of
// real tfjs on the same files. Remote URLs are not read (the run stops
// there); writes go to an in-memory overlay that later reads of the same
// run see, and never to disk.
const (
	maxDataFile  = 32 << 20  // bytes of one file read
	maxDataTotal = 128 << 20 // bytes read or written in one run
)

// errRemote marks a URL the run does not read: it names the network.
var errRemote = errors.New("remote URL")

// dataError is a failed read, with Node's error code.
type dataError struct {
	code, msg string
}

func (e *dataError) Error() string { return e.msg }

// dataPath is the file a URL or fs path names. kind "url" resolves like a
// page's fetch (relative to the entry's directory, "/" at the project
// root, file:// absolute); kind "fs" like Node run from the project root.
func (r *run) dataPath(ref, kind string) (string, error) {
	if kind == "url" {
		u, err := url.Parse(ref)
		switch {
		case err != nil:
			return "", &dataError{"EINVAL", "invalid URL " + ref}
		case u.Scheme == "file":
			ref = u.Path
			if u.Host != "" && u.Host != "localhost" {
				ref = u.Host + u.Path // file://data/x.csv, as people write it
			}
		case (u.Scheme == "http" || u.Scheme == "https") && localHost(u.Hostname()):
			// The project's own development server: its files.
			return r.servedPath(u.Path, ref)
		case u.Scheme != "" && len(u.Scheme) > 1: // a Windows drive letter is a path
			return "", errRemote
		default:
			ref = u.Path
			if strings.HasPrefix(ref, "/") {
				return r.servedPath(ref, ref)
			}
			return r.inRoot(filepath.Join(filepath.Dir(absPath(r.file)), ref), ref)
		}
	}
	if strings.Contains(ref, `\`) && filepath.Separator == '/' {
		// A script written on Windows (path.join(__dirname, 'data\\x.csv')):
		// its separators, as it reads there.
		ref = strings.ReplaceAll(ref, `\`, "/")
	}
	if filepath.IsAbs(ref) {
		return r.inRoot(filepath.Clean(ref), ref)
	}
	// Relative to the working directory: the project root, as the script
	// is usually run from there; else the script's own directory.
	p, err := r.inRoot(filepath.Join(r.mods.root, ref), ref)
	if err == nil {
		if _, serr := os.Stat(p); serr != nil && r.written[p] == nil {
			if q, qerr := r.inRoot(filepath.Join(filepath.Dir(absPath(r.file)), ref), ref); qerr == nil {
				if _, serr := os.Stat(q); serr == nil {
					return q, nil
				}
			}
		}
	}
	return p, err
}

// servedPath is the file a server of the project answers for an absolute
// URL path: the server's root is the project root or a directory of the
// entry's path inside it (a page's own folder served on its own, as
// course exercises are), so the nearest of those holding the file wins;
// none does, the project root's.
func (r *run) servedPath(urlPath, ref string) (string, error) {
	rel := filepath.FromSlash(strings.TrimPrefix(urlPath, "/"))
	for dir := filepath.Dir(absPath(r.file)); ; dir = filepath.Dir(dir) {
		if _, err := r.inRoot(dir, ref); err != nil {
			break
		}
		p := filepath.Join(dir, rel)
		if _, err := r.inRoot(p, ref); err != nil {
			break
		}
		if _, err := os.Stat(p); err == nil || r.written[p] != nil {
			return p, nil
		}
		if dir == r.mods.root || dir == filepath.Dir(dir) {
			break
		}
	}
	return r.inRoot(filepath.Join(r.mods.root, rel), ref)
}

// localHost is a host name of this machine: a development server's.
func localHost(h string) bool {
	return h == "localhost" || h == "127.0.0.1" || h == "0.0.0.0" || h == "::1"
}

func (r *run) inRoot(p, ref string) (string, error) {
	rel, err := filepath.Rel(r.mods.root, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", &dataError{"EACCES", fmt.Sprintf("%s is outside the project root %s", ref, r.mods.root)}
	}
	return p, nil
}

// readData reads the file ref names, within the caps.
func (r *run) readData(ref, kind string) ([]byte, error) {
	p, err := r.dataPath(ref, kind)
	if err != nil {
		var de *dataError
		if errors.As(err, &de) && de.code == "EACCES" {
			// The sandbox, not the file, refused: real code would read it.
			(*host)(r).Note(de.msg + ": the dry run did not read it")
		}
		return nil, err
	}
	if b, ok := r.written[p]; ok {
		return b, nil
	}
	st, err := os.Stat(p)
	switch {
	case err != nil:
		return nil, &dataError{"ENOENT", fmt.Sprintf("ENOENT: no such file or directory, open '%s'", ref)}
	case st.IsDir():
		return nil, &dataError{"EISDIR", fmt.Sprintf("EISDIR: illegal operation on a directory, read '%s'", ref)}
	case !st.Mode().IsRegular():
		return nil, &dataError{"EACCES", fmt.Sprintf("%s is not a regular file", ref)}
	case st.Size() > maxDataFile:
		return nil, &dataError{"EFBIG", fmt.Sprintf("%s is %s, over the %s the dry run reads of one file", ref, Bytes(st.Size()), Bytes(maxDataFile))}
	case r.dataBytes+st.Size() > maxDataTotal:
		return nil, &dataError{"EFBIG", fmt.Sprintf("reading %s would pass the %s the dry run reads in all", ref, Bytes(maxDataTotal))}
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, &dataError{"EIO", err.Error()}
	}
	r.dataBytes += int64(len(b))
	r.dataRead = appendOnce(r.dataRead, relPath(p))
	return b, nil
}

// writeData keeps what the script writes in memory, for its own later
// reads; nothing reaches the disk.
func (r *run) writeData(ref string, b []byte, appendTo bool) error {
	p, err := r.dataPath(ref, "fs")
	if err != nil {
		return err
	}
	if r.dataBytes+int64(len(b)) > maxDataTotal {
		return &dataError{"EFBIG", fmt.Sprintf("writing %s would pass the %s the dry run keeps in all", ref, Bytes(maxDataTotal))}
	}
	r.dataBytes += int64(len(b))
	if r.written == nil {
		r.written = map[string][]byte{}
	}
	if appendTo {
		b = append(slices.Clone(r.written[p]), b...)
	}
	r.written[p] = b
	return nil
}

// statData says whether ref is a file or directory, for existsSync and
// statSync; ok is false when it does not exist (or is outside the root).
func (r *run) statData(ref string) (isDir, ok bool, size int64) {
	p, err := r.dataPath(ref, "fs")
	if err != nil {
		return false, false, 0
	}
	if b, found := r.written[p]; found {
		return false, true, int64(len(b))
	}
	st, err := os.Stat(p)
	if err != nil {
		return false, false, 0
	}
	return st.IsDir(), true, st.Size()
}

// listData is readdirSync: the sorted names in a directory of the project.
func (r *run) listData(ref string) ([]string, error) {
	p, err := r.dataPath(ref, "fs")
	if err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &dataError{"ENOENT", fmt.Sprintf("ENOENT: no such file or directory, scandir '%s'", ref)}
		}
		return nil, &dataError{"ENOTDIR", fmt.Sprintf("ENOTDIR: not a directory, scandir '%s'", ref)}
	}
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
	}
	return names, nil
}

func appendOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// throwData throws err as Node does: an Error with its code.
func (r *run) throwData(err error) {
	code, msg := "EIO", err.Error()
	var de *dataError
	if errors.As(err, &de) {
		code, msg = de.code, de.msg
	}
	ctor, _ := r.rt.Get("Error").(*sobek.Object)
	e, err := r.rt.New(ctor, r.rt.ToValue(msg))
	if err != nil {
		panic(r.rt.NewGoError(errors.New(msg)))
	}
	_ = e.Set("code", code)
	panic(e)
}

// installFiles gives stubs.js its file access: readFile(ref, kind,
// encoding) is a string with an encoding, else an ArrayBuffer; null for a
// remote URL (the caller stops the run).
func (r *run) installFiles(h *sobek.Object) {
	rt := r.rt
	_ = h.Set("network", func(c sobek.FunctionCall) sobek.Value {
		what, target := c.Argument(0).String(), c.Argument(1).String()
		(*host)(r).Stop(what + "(" + target + "): network access is not simulated")
		panic(rt.NewTypeError(what + " is not available in the simulator"))
	})
	_ = h.Set("imageSize", func(c sobek.FunctionCall) sobek.Value {
		w, ht, ok := r.imageSize(c.Argument(0).String())
		if !ok {
			return sobek.Null()
		}
		return rt.ToValue(map[string]any{"width": w, "height": ht})
	})
	_ = h.Set("readFile", func(c sobek.FunctionCall) sobek.Value {
		ref, kind := c.Argument(0).String(), c.Argument(1).String()
		b, err := r.readData(ref, kind)
		if errors.Is(err, errRemote) {
			return sobek.Null()
		}
		if err != nil {
			r.throwData(err)
		}
		if enc := c.Argument(2); !sobek.IsUndefined(enc) && !sobek.IsNull(enc) {
			return rt.ToValue(decodeText(b, enc.String()))
		}
		return rt.ToValue(rt.NewArrayBuffer(slices.Clone(b)))
	})
	_ = h.Set("decode", func(c sobek.FunctionCall) sobek.Value {
		ab, ok := c.Argument(0).Export().(sobek.ArrayBuffer)
		if !ok {
			return rt.ToValue("")
		}
		enc := "utf8"
		if e := c.Argument(1); !sobek.IsUndefined(e) {
			enc = e.String()
		}
		return rt.ToValue(decodeText(ab.Bytes(), enc))
	})
	_ = h.Set("writeFile", func(c sobek.FunctionCall) sobek.Value {
		var b []byte
		switch v := c.Argument(1).Export().(type) {
		case sobek.ArrayBuffer:
			b = slices.Clone(v.Bytes())
		default:
			b = []byte(c.Argument(1).String())
		}
		if err := r.writeData(c.Argument(0).String(), b, c.Argument(2).ToBoolean()); err != nil {
			r.throwData(err)
		}
		return sobek.Undefined()
	})
	_ = h.Set("stat", func(c sobek.FunctionCall) sobek.Value {
		isDir, ok, size := r.statData(c.Argument(0).String())
		if !ok {
			return sobek.Null()
		}
		return rt.ToValue(map[string]any{"dir": isDir, "size": size})
	})
	_ = h.Set("readdir", func(c sobek.FunctionCall) sobek.Value {
		names, err := r.listData(c.Argument(0).String())
		if err != nil {
			r.throwData(err)
		}
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return rt.NewArray(out...)
	})
}

// decodeText is Buffer.toString(encoding) for the encodings data files
// are read with; others read as UTF-8.
func decodeText(b []byte, enc string) string {
	switch strings.ToLower(strings.ReplaceAll(enc, "-", "")) {
	case "latin1", "binary":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	}
	return string(b)
}

// ReadData is the shim's read of a data URL (tf.data.csv).
func (h *host) ReadData(ref string) (string, bool, error) {
	b, err := (*run)(h).readData(ref, "url")
	if errors.Is(err, errRemote) {
		return "", true, nil
	}
	if err != nil {
		return "", false, err
	}
	// As a browser decodes a response's UTF-8: without its byte order mark.
	return strings.TrimPrefix(string(b), "\uFEFF"), false, nil
}

// imageSize is the size of a project image a URL names, from its header
// (PNG, JPEG, GIF); ok is false for anything else, remote or unreadable.
func (r *run) imageSize(ref string) (w, h int, ok bool) {
	if strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "blob:") {
		return 0, 0, false
	}
	p, err := r.dataPath(ref, "url")
	if err != nil {
		return 0, 0, false
	}
	f, err := os.Open(p)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return 0, 0, false
	}
	r.dataRead = appendOnce(r.dataRead, relPath(p))
	return cfg.Width, cfg.Height, true
}
