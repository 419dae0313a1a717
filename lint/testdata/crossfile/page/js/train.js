async function train(steps) {
  for (let i = 0; i < steps; i++) {
    const x = snapshot();
    const y = oneHot(i % 2);
    await model.fit(x, y, { epochs: 1 });
    tf.dispose([x, y]);
  }
  showPrediction();
}

function showPrediction() {
  const x = snapshot(); // want "undisposed-tensor: `x` from snapshot\(\) is never disposed"
  const p = model.predict(x); // want "undisposed-tensor: `p` from model.predict is never disposed" "memory-growth: LayersModel.predict allocates tensors that are never freed: \+1 tensors \(\+8 bytes\) more after every click on #train"
  document.getElementById('result').textContent = p.dataSync()[0].toFixed(2); // want "sync-readback: dataSync\(\) blocks the UI thread until the GPU finishes, once per click"
}
