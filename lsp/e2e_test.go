package lsp

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// serverBin is tfjslint built once for the end-to-end tests with real
// clients, or "" when the build failed (buildErr says why).
var serverBin, buildErr = "", error(nil)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tfjslint-lsp-e2e")
	if err == nil {
		bin := filepath.Join(dir, "tfjslint")
		out, berr := exec.Command("go", "build", "-o", bin, "github.com/tfjslint/tfjslint/cmd/tfjslint").CombinedOutput()
		if berr != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", berr, out)
		} else {
			serverBin = bin
		}
	} else {
		buildErr = err
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// needExternal skips a test whose external program is missing, unless CI
// (TFJSLINT_REQUIRE_EXTERNAL=1) requires it.
func needExternal(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("TFJSLINT_REQUIRE_EXTERNAL") == "1" {
		t.Fatalf("%s is required (TFJSLINT_REQUIRE_EXTERNAL=1); .ci/run installs it", what)
	}
	t.Skipf("skipping: %s is not installed (.ci/run installs it)", what)
}

func e2eProject(t *testing.T) (dir, file string) {
	t.Helper()
	if serverBin == "" {
		t.Fatalf("building tfjslint: %v", buildErr)
	}
	return project(t)
}

// TestNeovim runs Neovim headless with its built-in client
// (vim.lsp.start_client): diagnostics are pushed, a code action applied.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	needExternal(t, err == nil, "Neovim (nvim; apt-get install neovim)")
	dir, file := e2eProject(t)
	out := filepath.Join(dir, "result")
	script, _ := filepath.Abs("testdata/nvim/e2e.lua")
	cmd := exec.Command(nvim, "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", "luafile "+script)
	cmd.Env = append(os.Environ(), "TFJSLINT="+serverBin, "TFJSLINT_FILE="+file, "TFJSLINT_OUT="+out, "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir)
	cmd.Dir = dir
	log, err := cmd.CombinedOutput()
	res, rerr := os.ReadFile(out)
	if err != nil || rerr != nil || string(res) != "ok" {
		t.Fatalf("neovim: %v %v\nresult: %s\noutput: %s", err, rerr, res, log)
	}
}

// TestNodeClient runs testdata/nodeclient/client.js, a client on the npm
// vscode-languageserver-protocol package (what VS Code's client is built
// on): pull diagnostics, incremental edits, a code action, a config reload.
func TestNodeClient(t *testing.T) {
	node, err := exec.LookPath("node")
	needExternal(t, err == nil, "Node.js (node)")
	_, err = os.Stat("testdata/nodeclient/node_modules/vscode-languageserver-protocol")
	needExternal(t, err == nil, "testdata/nodeclient/node_modules (npm ci in lsp/testdata/nodeclient)")
	if runtime.GOOS == "windows" {
		t.Skip("the client spawns the server by path")
	}
	dir, _ := e2eProject(t)
	cmd := exec.Command(node, "client.js", serverBin, dir)
	cmd.Dir = "testdata/nodeclient"
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("node client: %v\n%s", err, out)
	}
}
