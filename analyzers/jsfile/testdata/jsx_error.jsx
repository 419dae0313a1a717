// A JSX file whose closing tag does not match: esbuild's error, at its place here.
import React from 'react';

export function Chart({ points }) {
  return (
    <svg width={300}>
      {points.map((p) => <circle key={p.id} cx={p.x} cy={p.y} r={2} />)}
    </svgg> // want "Unexpected closing \"svgg\" tag does not match opening \"svg\" tag"
  );
}
